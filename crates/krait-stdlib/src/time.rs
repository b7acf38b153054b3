//! time: mirrors `Modules/timemodule.c` (Linux): the clocks, `sleep`, `struct_time`
//! conversions through libc (`gmtime_r`, `localtime_r`, `mktime`, `strftime`), and the time
//! zone attributes computed from January and July local times as CPython does on glibc.

use std::ffi::{CStr, CString};

use krait_vm::objects::exceptions::os_error_from_errno;
use krait_vm::objects::int::int_val;
use krait_vm::objects::module::{new_module, set_attr};
use krait_vm::{Args, MethodDef, Payload, PyRef, PyResult, Vm};
use num_traits::ToPrimitive;

use crate::structseq::{self, StructSeqDesc};

extern "C" {
    fn tzset();
}

static STRUCT_TIME: StructSeqDesc = StructSeqDesc {
    name: "time.struct_time",
    fields: &[
        "tm_year",
        "tm_mon",
        "tm_mday",
        "tm_hour",
        "tm_min",
        "tm_sec",
        "tm_wday",
        "tm_yday",
        "tm_isdst",
        "tm_zone",
        "tm_gmtoff",
    ],
    n_sequence: 9,
    defaults: &[],
};

static STRUCT_TIME_TYPE: krait_vm::object::GilStatic<std::cell::RefCell<Option<PyRef>>> =
    krait_vm::object::GilStatic::new(std::cell::RefCell::new(None));

/// The `time.struct_time` type (made on first use).
fn struct_time_type(vm: &Vm) -> PyRef {
    if let Some(t) = STRUCT_TIME_TYPE.with(|t| t.borrow().clone()) {
        return t;
    }
    let t = structseq::make_type(vm, &STRUCT_TIME);
    STRUCT_TIME_TYPE.with(|s| *s.borrow_mut() = Some(t.clone()));
    t
}

fn errno() -> i32 {
    std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EINVAL)
}

// ----- clocks -----

/// Nanoseconds of `clock`.
fn clock_ns(clock: libc::clockid_t) -> Result<i128, i32> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the timespec it is given.
    if unsafe { libc::clock_gettime(clock, &mut ts) } != 0 {
        return Err(errno());
    }
    Ok(ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128)
}

/// `_PyTime_AsSecondsDouble`.
fn ns_to_secs(ns: i128) -> f64 {
    if ns % 1_000_000_000 == 0 {
        (ns / 1_000_000_000) as f64
    } else {
        ns as f64 / 1e9
    }
}

fn clock_float(vm: &Vm, clock: libc::clockid_t) -> PyResult {
    let ns = clock_ns(clock).map_err(|e| os_error_from_errno(vm, e, None))?;
    Ok(vm.float(ns_to_secs(ns)))
}

fn clock_int(vm: &Vm, clock: libc::clockid_t) -> PyResult {
    let ns = clock_ns(clock).map_err(|e| os_error_from_errno(vm, e, None))?;
    Ok(vm.bigint(ns.into()))
}

fn no_args(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.values.is_empty() {
        return Ok(());
    }
    Err(vm.type_error(format!(
        "time.{name}() takes no arguments ({} given)",
        args.values.len()
    )))
}

/// At most one optional argument (`gmtime([secs])`).
fn opt_arg<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<Option<&'a PyRef>> {
    let p = args.pos();
    if p.len() > 1 || !args.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "{name}() takes at most 1 argument ({} given)",
            args.values.len()
        )));
    }
    Ok(p.first())
}

macro_rules! clock_fns {
    ($($float:ident: $fname:literal, $int:ident: $iname:literal => $clock:expr;)*) => {$(
        fn $float(vm: &Vm, args: Args) -> PyResult {
            no_args(vm, &args, $fname)?;
            clock_float(vm, $clock)
        }
        fn $int(vm: &Vm, args: Args) -> PyResult {
            no_args(vm, &args, $iname)?;
            clock_int(vm, $clock)
        }
    )*};
}

clock_fns! {
    t_time: "time", t_time_ns: "time_ns" => libc::CLOCK_REALTIME;
    t_monotonic: "monotonic", t_monotonic_ns: "monotonic_ns" => libc::CLOCK_MONOTONIC;
    t_perf_counter: "perf_counter", t_perf_counter_ns: "perf_counter_ns" => libc::CLOCK_MONOTONIC;
    t_process_time: "process_time", t_process_time_ns: "process_time_ns" => libc::CLOCK_PROCESS_CPUTIME_ID;
    t_thread_time: "thread_time", t_thread_time_ns: "thread_time_ns" => libc::CLOCK_THREAD_CPUTIME_ID;
}

fn clock_arg(vm: &Vm, args: &Args, name: &str) -> PyResult<libc::clockid_t> {
    let p = args.pos();
    if p.len() != 1 {
        return Err(vm.type_error(format!(
            "time.{name}() takes exactly one argument ({} given)",
            p.len()
        )));
    }
    Ok(krait_vm::objects::int::to_i64(vm, &p[0])? as libc::clockid_t)
}

fn t_clock_gettime(vm: &Vm, args: Args) -> PyResult {
    clock_float(vm, clock_arg(vm, &args, "clock_gettime")?)
}

fn t_clock_gettime_ns(vm: &Vm, args: Args) -> PyResult {
    clock_int(vm, clock_arg(vm, &args, "clock_gettime_ns")?)
}

fn t_clock_getres(vm: &Vm, args: Args) -> PyResult {
    let clock = clock_arg(vm, &args, "clock_getres")?;
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_getres writes into the timespec it is given.
    if unsafe { libc::clock_getres(clock, &mut ts) } != 0 {
        return Err(os_error_from_errno(vm, errno(), None));
    }
    Ok(vm.float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9))
}

fn t_get_clock_info(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() != 1 {
        return Err(vm.type_error(format!(
            "get_clock_info() takes exactly 1 argument ({} given)",
            p.len()
        )));
    }
    let Some(name) = p[0].as_str() else {
        return Err(vm.type_error(format!(
            "get_clock_info() argument 1 must be str, not {}",
            vm.type_name(&p[0])
        )));
    };
    let (imp, monotonic, adjustable) = match name {
        "time" => ("clock_gettime(CLOCK_REALTIME)", false, true),
        "monotonic" | "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", true, false),
        "process_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false),
        "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false),
        _ => return Err(vm.value_error("unknown clock")),
    };
    let ns = PyRef::new(&vm.t.simple_namespace, Payload::Empty);
    let d = vm.dict();
    let dd = d.as_dict().expect("a new dict");
    dd.set_str(vm, "implementation", vm.str(imp));
    dd.set_str(vm, "monotonic", vm.bool(monotonic));
    dd.set_str(vm, "adjustable", vm.bool(adjustable));
    dd.set_str(vm, "resolution", vm.float(1e-9));
    ns.set_dict(Some(d));
    Ok(ns)
}

fn t_sleep(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() != 1 {
        return Err(vm.type_error(format!(
            "time.sleep() takes exactly one argument ({} given)",
            p.len()
        )));
    }
    let secs = match &p[0].payload {
        Payload::Float(f) => {
            if f.is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            *f
        }
        _ => {
            let i = krait_vm::protocols::number::index(vm, &p[0])?;
            int_val(&i)
                .and_then(|v| v.to_f64())
                .unwrap_or(f64::INFINITY)
        }
    };
    if secs.abs() * 1e9 >= i64::MAX as f64 {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    // Without the GIL; in the main thread a signal wakes it to run the Python handler, whose
    // exception ends the sleep (KeyboardInterrupt), and otherwise the sleep goes on.
    let deadline = krait_vm::modules::lock_raw::deadline_after(secs);
    while !vm.allow_threads(|| krait_vm::modules::lock_raw::sleep_until(&deadline)) {
        krait_vm::modules::_signal::check_after_eintr(vm)?;
    }
    Ok(vm.none())
}

// ----- struct_time conversions -----

fn zeroed_tm() -> libc::tm {
    // SAFETY: `tm` is a plain C struct; all-zero (with a null tm_zone) is a valid value.
    unsafe { std::mem::zeroed() }
}

/// `_PyTime_ObjectToTime_t` with floor rounding; None means now.
fn time_t_arg(vm: &Vm, o: Option<&PyRef>) -> PyResult<libc::time_t> {
    let o = match o {
        Some(o) if !vm.is_none(o) => o,
        _ => {
            let ns =
                clock_ns(libc::CLOCK_REALTIME).map_err(|e| os_error_from_errno(vm, e, None))?;
            return Ok(ns.div_euclid(1_000_000_000) as libc::time_t);
        }
    };
    let overflow = || vm.overflow_error("timestamp out of range for platform time_t");
    if let Payload::Float(f) = o.payload {
        if f.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let f = f.floor();
        if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f) {
            return Err(overflow());
        }
        return Ok(f as libc::time_t);
    }
    let i = krait_vm::protocols::number::index(vm, o)?;
    int_val(&i)
        .and_then(|v| v.to_big().to_i64())
        .ok_or_else(overflow)
}

/// A struct_time from a broken-down time.
fn tm_to_struct(vm: &Vm, tm: &libc::tm) -> PyRef {
    let zone = if tm.tm_zone.is_null() {
        vm.none()
    } else {
        // SAFETY: libc set tm_zone to a NUL-terminated string that lives as long as the
        // time zone data; it is copied out at once.
        let z = unsafe { CStr::from_ptr(tm.tm_zone) };
        vm.string(z.to_string_lossy().into_owned())
    };
    let i = |v: i32| vm.int(v as i64);
    let values = vec![
        vm.int(tm.tm_year as i64 + 1900),
        i(tm.tm_mon + 1),
        i(tm.tm_mday),
        i(tm.tm_hour),
        i(tm.tm_min),
        i(tm.tm_sec),
        i((tm.tm_wday + 6) % 7),
        i(tm.tm_yday + 1),
        i(tm.tm_isdst),
        zone,
        vm.int(tm.tm_gmtoff),
    ];
    structseq::new(vm, &struct_time_type(vm), values)
}

type Converter = unsafe extern "C" fn(*const libc::time_t, *mut libc::tm) -> *mut libc::tm;

fn broken_down(vm: &Vm, t: libc::time_t, f: Converter) -> PyResult<libc::tm> {
    let mut tm = zeroed_tm();
    // SAFETY: gmtime_r/localtime_r read one time_t and fill the tm they are given.
    let r = unsafe { f(&t, &mut tm) };
    if r.is_null() {
        return Err(os_error_from_errno(vm, errno(), None));
    }
    Ok(tm)
}

fn localtime(vm: &Vm, t: libc::time_t) -> PyResult<libc::tm> {
    broken_down(vm, t, libc::localtime_r)
}

fn t_gmtime(vm: &Vm, args: Args) -> PyResult {
    let t = time_t_arg(vm, opt_arg(vm, &args, "gmtime")?)?;
    Ok(tm_to_struct(vm, &broken_down(vm, t, libc::gmtime_r)?))
}

fn t_localtime(vm: &Vm, args: Args) -> PyResult {
    let t = time_t_arg(vm, opt_arg(vm, &args, "localtime")?)?;
    Ok(tm_to_struct(vm, &localtime(vm, t)?))
}

/// A broken-down time from a 9-tuple or struct_time (`gettmarg`), and the zone string it
/// points to (kept alive alongside).
fn tm_arg(vm: &Vm, o: &PyRef, func: &str) -> PyResult<(libc::tm, Option<CString>)> {
    let Some(items) = o.as_tuple() else {
        return Err(vm.type_error("Tuple or struct_time argument required"));
    };
    if items.len() != 9 {
        return Err(vm.type_error(format!("{func}(): illegal time tuple argument")));
    }
    let mut v = [0i32; 9];
    for (slot, item) in v.iter_mut().zip(items.iter()) {
        let i = krait_vm::protocols::number::index(vm, item)?;
        *slot = int_val(&i)
            .and_then(|x| x.to_big().to_i32())
            .ok_or_else(|| vm.overflow_error("signed integer is greater than maximum"))?;
    }
    let mut tm = zeroed_tm();
    tm.tm_year = v[0].wrapping_sub(1900);
    tm.tm_mon = v[1] - 1;
    tm.tm_mday = v[2];
    tm.tm_hour = v[3];
    tm.tm_min = v[4];
    tm.tm_sec = v[5];
    tm.tm_wday = (v[6] + 1) % 7;
    tm.tm_yday = v[7] - 1;
    tm.tm_isdst = v[8];
    let mut zone = None;
    if o.is_type(&struct_time_type(vm)) {
        let get = |name: &str| krait_vm::protocols::attr::getattr_str(vm, o, name);
        let z = get("tm_zone")?;
        if let Some(s) = z.as_str() {
            let c = CString::new(s).map_err(|_| vm.value_error("embedded null character"))?;
            tm.tm_zone = c.as_ptr();
            zone = Some(c);
        }
        let off = get("tm_gmtoff")?;
        if let Some(x) = int_val(&off).and_then(|x| x.to_big().to_i64()) {
            tm.tm_gmtoff = x;
        }
    }
    Ok((tm, zone))
}

/// The time tuple argument, or the current local time.
fn tm_arg_or_now(vm: &Vm, o: Option<&PyRef>, func: &str) -> PyResult<(libc::tm, Option<CString>)> {
    match o {
        Some(o) => tm_arg(vm, o, func),
        None => Ok((localtime(vm, time_t_arg(vm, None)?)?, None)),
    }
}

/// `checktm`: the ranges asctime insists on.
fn check_tm(vm: &Vm, tm: &libc::tm) -> PyResult<()> {
    let checks = [
        (tm.tm_mon, 0, 11, "month out of range"),
        (tm.tm_mday, 1, 31, "day of month out of range"),
        (tm.tm_hour, 0, 23, "hour out of range"),
        (tm.tm_min, 0, 59, "minute out of range"),
        (tm.tm_sec, 0, 61, "seconds out of range"),
        (tm.tm_wday, 0, 6, "day of week out of range"),
        (tm.tm_yday, 0, 365, "day of year out of range"),
    ];
    for (v, lo, hi, msg) in checks {
        if v < lo || v > hi {
            return Err(vm.value_error(msg));
        }
    }
    Ok(())
}

/// strftime's checks: zero month/day/yday mean the first, isdst is clamped.
fn normalize_for_strftime(vm: &Vm, tm: &mut libc::tm) -> PyResult<()> {
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    } else if !(0..=11).contains(&tm.tm_mon) {
        return Err(vm.value_error("month out of range"));
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    } else if !(0..=31).contains(&tm.tm_mday) {
        return Err(vm.value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return Err(vm.value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.tm_min) {
        return Err(vm.value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return Err(vm.value_error("seconds out of range"));
    }
    if tm.tm_wday < 0 {
        return Err(vm.value_error("day of week out of range"));
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    } else if !(0..=365).contains(&tm.tm_yday) {
        return Err(vm.value_error("day of year out of range"));
    }
    tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
    Ok(())
}

fn t_strftime(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    if p.is_empty() {
        return Err(vm.type_error("strftime() takes at least 1 argument (0 given)"));
    }
    if p.len() > 2 {
        return Err(vm.type_error(format!(
            "strftime() takes at most 2 arguments ({} given)",
            p.len()
        )));
    }
    let Some(fmt) = p[0].as_str() else {
        return Err(vm.type_error(format!(
            "strftime() argument 1 must be str, not {}",
            vm.type_name(&p[0])
        )));
    };
    let (mut tm, _zone) = tm_arg_or_now(vm, p.get(1), "strftime")?;
    normalize_for_strftime(vm, &mut tm)?;
    let cfmt = CString::new(fmt).map_err(|_| vm.value_error("embedded null character"))?;
    if fmt.is_empty() {
        return Ok(vm.str(""));
    }
    let limit = (256 * fmt.len()).max(1024);
    let mut size = 1024;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: strftime writes at most `size` bytes into `buf`; format and tm are valid
        // for the call (the zone string `_zone` outlives it).
        let n = unsafe { libc::strftime(buf.as_mut_ptr().cast(), size, cfmt.as_ptr(), &tm) };
        if n > 0 || size >= limit {
            buf.truncate(n);
            return Ok(vm.string(String::from_utf8_lossy(&buf).into_owned()));
        }
        size *= 2;
    }
}

const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn format_asctime(tm: &libc::tm) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        DAYS[tm.tm_wday.rem_euclid(7) as usize],
        MONTHS[tm.tm_mon.rem_euclid(12) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        tm.tm_year as i64 + 1900
    )
}

fn t_asctime(vm: &Vm, args: Args) -> PyResult {
    if args.values.len() > 1 {
        return Err(vm.type_error(format!(
            "asctime expected at most 1 argument, got {}",
            args.values.len()
        )));
    }
    let (tm, _zone) = tm_arg_or_now(vm, args.pos().first(), "asctime")?;
    check_tm(vm, &tm)?;
    Ok(vm.string(format_asctime(&tm)))
}

fn t_ctime(vm: &Vm, args: Args) -> PyResult {
    let t = time_t_arg(vm, opt_arg(vm, &args, "ctime")?)?;
    Ok(vm.string(format_asctime(&localtime(vm, t)?)))
}

fn t_mktime(vm: &Vm, args: Args) -> PyResult {
    let o = args
        .pos()
        .first()
        .ok_or_else(|| vm.type_error("time.mktime() takes exactly one argument (0 given)"))?;
    let (mut tm, _zone) = tm_arg(vm, o, "mktime")?;
    // A sentinel: mktime sets tm_wday on success, so -1 afterwards means failure.
    tm.tm_wday = -1;
    // SAFETY: mktime reads and normalises the tm it is given.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(vm.overflow_error("mktime argument out of range"));
    }
    Ok(vm.float(t as f64))
}

fn t_strptime(vm: &Vm, args: Args) -> PyResult {
    let m = krait_vm::import::import_module(vm, "_strptime")?;
    let f = krait_vm::protocols::attr::getattr_str(vm, &m, "_strptime_time")?;
    krait_vm::protocols::call::call_args(vm, &f, args)
}

/// timezone, altzone, daylight and tzname from the local time of January and July
/// (`init_timezone` on glibc).
fn set_timezone_attrs(vm: &Vm, m: &PyRef) -> PyResult<()> {
    const YEAR: i64 = (365 * 24 + 6) * 3600;
    let now = time_t_arg(vm, None)?;
    let jan_t = (now / YEAR) * YEAR;
    let jan = localtime(vm, jan_t)?;
    let jul = localtime(vm, jan_t + YEAR / 2)?;
    let name = |tm: &libc::tm| {
        if tm.tm_zone.is_null() {
            String::new()
        } else {
            // SAFETY: tm_zone points at libc's NUL-terminated zone name; copied at once.
            unsafe { CStr::from_ptr(tm.tm_zone) }
                .to_string_lossy()
                .into_owned()
        }
    };
    let (jan_zone, jul_zone) = (-jan.tm_gmtoff, -jul.tm_gmtoff);
    let (std_zone, dst_zone, std_name, dst_name) = if jan_zone < jul_zone {
        // Southern hemisphere: DST in January.
        (jul_zone, jan_zone, name(&jul), name(&jan))
    } else {
        (jan_zone, jul_zone, name(&jan), name(&jul))
    };
    set_attr(vm, m, "timezone", vm.int(std_zone));
    set_attr(vm, m, "altzone", vm.int(dst_zone));
    set_attr(vm, m, "daylight", vm.int(i64::from(jan_zone != jul_zone)));
    set_attr(
        vm,
        m,
        "tzname",
        vm.tuple(vec![vm.string(std_name), vm.string(dst_name)]),
    );
    Ok(())
}

fn t_tzset(vm: &Vm, _args: Args) -> PyResult {
    // SAFETY: tzset only re-reads the TZ environment variable into libc's globals.
    unsafe { tzset() };
    let m = krait_vm::import::import_module(vm, "time")?;
    set_timezone_attrs(vm, &m)?;
    Ok(vm.none())
}

const FUNCTIONS: &[MethodDef] = &[
    MethodDef::method("time", t_time),
    MethodDef::method("time_ns", t_time_ns),
    MethodDef::method("perf_counter", t_perf_counter),
    MethodDef::method("perf_counter_ns", t_perf_counter_ns),
    MethodDef::method("monotonic", t_monotonic),
    MethodDef::method("monotonic_ns", t_monotonic_ns),
    MethodDef::method("process_time", t_process_time),
    MethodDef::method("process_time_ns", t_process_time_ns),
    MethodDef::method("thread_time", t_thread_time),
    MethodDef::method("thread_time_ns", t_thread_time_ns),
    MethodDef::method("clock_gettime", t_clock_gettime),
    MethodDef::method("clock_gettime_ns", t_clock_gettime_ns),
    MethodDef::method("clock_getres", t_clock_getres),
    MethodDef::method("get_clock_info", t_get_clock_info),
    MethodDef::method("sleep", t_sleep),
    MethodDef::method("gmtime", t_gmtime),
    MethodDef::method("localtime", t_localtime),
    MethodDef::method("mktime", t_mktime),
    MethodDef::method("strftime", t_strftime),
    MethodDef::method("strptime", t_strptime),
    MethodDef::method("asctime", t_asctime),
    MethodDef::method("ctime", t_ctime),
    MethodDef::method("tzset", t_tzset),
];

pub fn init(vm: &Vm) -> PyResult {
    let m = new_module(vm, "time");
    crate::add_functions(vm, &m, FUNCTIONS);
    set_attr(vm, &m, "struct_time", struct_time_type(vm));
    set_attr(vm, &m, "_STRUCT_TM_ITEMS", vm.int(11));
    let clocks = [
        ("CLOCK_REALTIME", libc::CLOCK_REALTIME),
        ("CLOCK_MONOTONIC", libc::CLOCK_MONOTONIC),
        ("CLOCK_MONOTONIC_RAW", libc::CLOCK_MONOTONIC_RAW),
        ("CLOCK_PROCESS_CPUTIME_ID", libc::CLOCK_PROCESS_CPUTIME_ID),
        ("CLOCK_THREAD_CPUTIME_ID", libc::CLOCK_THREAD_CPUTIME_ID),
        ("CLOCK_BOOTTIME", libc::CLOCK_BOOTTIME),
        ("CLOCK_TAI", libc::CLOCK_TAI),
    ];
    for (name, id) in clocks {
        set_attr(vm, &m, name, vm.int(id as i64));
    }
    // SAFETY: tzset only reads the TZ environment variable into libc's globals.
    unsafe { tzset() };
    set_timezone_attrs(vm, &m)?;
    Ok(m)
}
