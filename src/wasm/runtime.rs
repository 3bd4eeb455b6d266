//! What a `no_std` module needs of its own: an allocator, and what a panic does. A panic is a
//! bug, never an input path (bad input is an error with a code and a path); in a kernel it
//! traps at once, without the formatting machinery a panic message would bring.

#[global_allocator]
static ALLOCATOR: rlsf::SmallGlobalTlsf = rlsf::SmallGlobalTlsf::new();

#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    core::arch::wasm32::unreachable()
}
