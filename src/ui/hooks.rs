//! Browser hooks for components: each registers in an effect, so building a component touches
//! no browser API, and each cleans up after itself when its component goes.
use leptos::ev::EventDescriptor;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Calls `handler` on every `event` at the window while the calling component lives.
pub fn use_window_listener<E>(event: E, handler: impl Fn(E::EventType) + Clone + 'static)
where
    E: EventDescriptor + Clone + 'static,
    E::EventType: JsCast,
{
    Effect::new(move |_| {
        let listener = window_event_listener(event.clone(), handler.clone());
        on_cleanup(move || listener.remove());
    });
}

/// Runs `task` once after the calling component is first drawn, in a frame of its own.
pub fn use_after_first_frame(task: impl FnOnce() + 'static) {
    let task = StoredValue::new_local(Some(task));
    Effect::new(move |_| {
        if let Some(task) = task.try_update_value(Option::take).flatten() {
            request_animation_frame(task);
        }
    });
}
