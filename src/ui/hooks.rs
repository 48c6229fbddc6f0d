//! Browser hooks for components: each registers in an effect, so building a component touches
//! no browser API, and each cleans up after itself when its component goes. Each hook's effect
//! is one non-generic function, so the wasm carries one copy whatever the callers pass.
use std::rc::Rc;

use leptos::ev::EventDescriptor;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Calls `handler` on every `event` at the window while the calling component lives.
pub fn use_window_listener<E>(event: E, handler: impl Fn(E::EventType) + 'static)
where
    E: EventDescriptor,
    E::EventType: JsCast,
{
    let name = event.name().into_owned();
    listen_to_window(
        name,
        Rc::new(move |ev: web_sys::Event| handler(ev.unchecked_into())),
    );
}

fn listen_to_window(name: String, handler: Rc<dyn Fn(web_sys::Event)>) {
    // The task runs inside the mount effect, so its cleanup goes with the component.
    on_mount(Box::new(move || {
        let listener = window_event_listener_untyped(&name, move |ev| handler(ev));
        on_cleanup(move || listener.remove());
    }));
}

/// Runs `task` once, as soon as the calling component is on the page.
pub fn use_on_mount(task: impl FnOnce() + 'static) {
    on_mount(Box::new(task));
}

/// Runs `task` once after the calling component is first drawn, in a frame of its own.
pub fn use_after_first_frame(task: impl FnOnce() + 'static) {
    on_mount(Box::new(move || request_animation_frame(task)));
}

fn on_mount(task: Box<dyn FnOnce()>) {
    let task = StoredValue::new_local(Some(task));
    Effect::new(move |_| {
        if let Some(task) = task.try_update_value(Option::take).flatten() {
            task();
        }
    });
}
