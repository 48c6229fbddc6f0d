//! Mounts the app and makes a panic visible instead of leaving a dead page.
// Anything from outside (links, files, the DOM) is handled, never unwrapped: a lint keeps it so.
#![deny(clippy::unwrap_used, clippy::expect_used)]
// Rendering the views to HTML (the `ssr` feature) nests their types deeper than the default.
#![recursion_limit = "256"]
fn main() {
    std::panic::set_hook(Box::new(|info| {
        brink::ui::fatal::show_panic(&info.to_string())
    }));
    // Beside the first view the build drew, which the app replaces once it has drawn its own.
    match brink::ui::take_over::app_root() {
        Some(root) => leptos::mount::mount_to(root, brink::ui::app::App).forget(),
        None => leptos::mount::mount_to_body(brink::ui::app::App),
    }
}
