//! The modules that boot with the VM: `builtins`, `sys` and the standard streams. Other
//! native modules live in `krait-stdlib` and register through `Vm::native_modules`.

pub mod _signal;
pub mod _thread;
pub mod builtins;
pub mod builtins_exec;
pub mod builtins_funcs;
pub mod lock_raw;
pub mod stdio;
pub mod sys;
pub mod tb_print;

use crate::object::PyRef;
use crate::vm::ModuleInit;
use crate::vm::{PyResult, Vm};

/// `strerror(errno)` as CPython prints it in OSError messages.
pub fn os_error_message(errno: i32) -> String {
    // SAFETY: strerror returns a pointer to a static, NUL-terminated message for any errno;
    // it is copied out immediately.
    let p = unsafe { libc::strerror(errno) };
    if p.is_null() {
        return format!("Unknown error {errno}");
    }
    // SAFETY: p is non-null and NUL-terminated (see above).
    unsafe { std::ffi::CStr::from_ptr(p) }
        .to_string_lossy()
        .into_owned()
}

/// Issue a warning through the `warnings` module (`PyErr_WarnEx`); printed to stderr in the
/// default format when the module is unavailable.
pub fn warn(vm: &Vm, category: &PyRef, message: &str, stacklevel: i64) -> PyResult<()> {
    match crate::import::import_module(vm, "warnings") {
        Ok(w) => {
            let f = crate::protocols::attr::getattr_str(vm, &w, "warn")?;
            crate::protocols::call::call(
                vm,
                &f,
                &[vm.str(message), category.clone(), vm.int(stacklevel)],
            )?;
            Ok(())
        }
        Err(_) => {
            let name = category.as_type().map(|t| t.name()).unwrap_or_default();
            stdio::write_stderr(vm, &format!("{name}: {message}\n"));
            Ok(())
        }
    }
}

/// The native modules that live in this crate (importable like `krait-stdlib`'s).
pub fn native_modules() -> [(&'static str, ModuleInit); 2] {
    [
        ("_thread", _thread::init as ModuleInit),
        ("_signal", _signal::init as ModuleInit),
    ]
}
