//! The registry of builtin types: one field per type, created once at boot in dependency
//! order. Mirrors the static type objects of CPython's `Objects/` and `Objects/exceptions.c`.
//! Methods are attached afterwards by each type's own file (`init` functions, called from
//! `init_all`): this file is the one place that lists every builtin type.

use crate::object::PyRef;
use crate::objects::type_::{TypeData, BASETYPE, EXCEPTION, IMMUTABLE, INSTANCE_DICT};
use crate::objects::Payload;

macro_rules! registry {
    (
        roots { $type_:ident, $object:ident }
        plain { $( $field:ident : $name:literal < $base:ident , $sub:literal ; )* }
        exceptions { $( $efield:ident : $ename:literal < $ebase:ident ; )* }
    ) => {
        /// Every builtin type, by field.
        pub struct Types {
            pub $type_: PyRef,
            pub $object: PyRef,
            $( pub $field: PyRef, )*
            $( pub $efield: PyRef, )*
        }

        impl Types {
            /// Create every builtin type object (no methods yet).
            pub fn boot() -> Types {
                let $type_ = PyRef::new_self_typed(Payload::Type(Box::new(TypeData::new("type", BASETYPE | IMMUTABLE))));
                let $object = PyRef::new(&$type_, Payload::Type(Box::new(TypeData::new("object", BASETYPE | IMMUTABLE))));
                $object.make_immortal();
                set_hierarchy(&$object, None);
                set_hierarchy(&$type_, Some(&$object));
                $( let $field = make(&$type_, $name, &$base, if $sub { BASETYPE } else { 0 }); )*
                $( let $efield = make(&$type_, $ename, &$ebase, BASETYPE | EXCEPTION | INSTANCE_DICT); )*
                Types { $type_, $object, $( $field, )* $( $efield, )* }
            }

            /// Every builtin type with the name it is bound to in `builtins` (exceptions and
            /// the constructors users call; internal types are excluded by `builtin_name`).
            pub fn all(&self) -> Vec<&PyRef> {
                vec![&self.$type_, &self.$object, $( &self.$field, )* $( &self.$efield, )*]
            }

            /// The exception types, for `builtins`.
            pub fn exceptions(&self) -> Vec<&PyRef> {
                vec![$( &self.$efield, )*]
            }
        }
    };
}

fn set_hierarchy(ty: &PyRef, base: Option<&PyRef>) {
    let td = ty.as_type().expect("a type");
    let mut mro = vec![ty.clone()];
    if let Some(b) = base {
        mro.extend(b.as_type().expect("a type").mro.borrow().iter().cloned());
        *td.bases.borrow_mut() = vec![b.clone()];
        *td.base.borrow_mut() = Some(b.clone());
    }
    *td.mro.borrow_mut() = mro;
}

fn make(type_: &PyRef, name: &str, base: &PyRef, flags: u32) -> PyRef {
    let t = PyRef::new(
        type_,
        Payload::Type(Box::new(TypeData::new(name, flags | IMMUTABLE))),
    );
    t.make_immortal();
    set_hierarchy(&t, Some(base));
    t
}

registry! {
    roots { type_, object }
    plain {
        none_type: "NoneType" < object, false;
        not_implemented_type: "NotImplementedType" < object, false;
        ellipsis_type: "ellipsis" < object, false;
        null_type: "NULL" < object, false;
        int: "int" < object, true;
        bool: "bool" < int, false;
        float: "float" < object, true;
        complex: "complex" < object, true;
        str: "str" < object, true;
        bytes: "bytes" < object, true;
        bytearray: "bytearray" < object, true;
        list: "list" < object, true;
        tuple: "tuple" < object, true;
        dict: "dict" < object, true;
        dict_keys: "dict_keys" < object, false;
        dict_values: "dict_values" < object, false;
        dict_items: "dict_items" < object, false;
        set: "set" < object, true;
        frozenset: "frozenset" < object, true;
        range: "range" < object, false;
        slice: "slice" < object, false;
        function: "function" < object, false;
        builtin_function: "builtin_function_or_method" < object, false;
        method_descriptor: "method_descriptor" < object, false;
        classmethod_descriptor: "classmethod_descriptor" < object, false;
        wrapper_descriptor: "wrapper_descriptor" < object, false;
        member_storage: "member_storage" < object, false;
        method_wrapper: "method-wrapper" < object, false;
        getset_descriptor: "getset_descriptor" < object, false;
        member_descriptor: "member_descriptor" < object, false;
        method: "method" < object, false;
        cell: "cell" < object, false;
        code: "code" < object, false;
        frame: "frame" < object, false;
        traceback: "traceback" < object, false;
        generator: "generator" < object, false;
        coroutine: "coroutine" < object, false;
        async_generator: "async_generator" < object, false;
        coroutine_wrapper: "coroutine_wrapper" < object, false;
        async_gen_wrapped: "async_generator_wrapped_value" < object, false;
        async_gen_asend: "async_generator_asend" < object, false;
        async_gen_athrow: "async_generator_athrow" < object, false;
        module: "module" < object, true;
        property: "property" < object, true;
        classmethod: "classmethod" < object, true;
        staticmethod: "staticmethod" < object, true;
        super_: "super" < object, true;
        mappingproxy: "mappingproxy" < object, false;
        simple_namespace: "types.SimpleNamespace" < object, true;
        weakref: "weakref.ReferenceType" < object, true;
        list_iterator: "list_iterator" < object, false;
        list_reverseiterator: "list_reverseiterator" < object, false;
        tuple_iterator: "tuple_iterator" < object, false;
        str_iterator: "str_iterator" < object, false;
        str_ascii_iterator: "str_ascii_iterator" < object, false;
        bytes_iterator: "bytes_iterator" < object, false;
        bytearray_iterator: "bytearray_iterator" < object, false;
        range_iterator: "range_iterator" < object, false;
        longrange_iterator: "longrange_iterator" < object, false;
        dict_keyiterator: "dict_keyiterator" < object, false;
        dict_valueiterator: "dict_valueiterator" < object, false;
        dict_itemiterator: "dict_itemiterator" < object, false;
        dict_reversekeyiterator: "dict_reversekeyiterator" < object, false;
        dict_reversevalueiterator: "dict_reversevalueiterator" < object, false;
        dict_reverseitemiterator: "dict_reverseitemiterator" < object, false;
        set_iterator: "set_iterator" < object, false;
        seq_iterator: "iterator" < object, false;
        callable_iterator: "callable_iterator" < object, false;
        enumerate: "enumerate" < object, true;
        zip: "zip" < object, true;
        map: "map" < object, true;
        filter: "filter" < object, true;
        reversed: "reversed" < object, true;
        memoryview: "memoryview" < object, false;
        memory_iterator: "memory_iterator" < object, false;
        managed_buffer: "managedbuffer" < object, false;
        generic_alias: "types.GenericAlias" < object, true;
        union_type: "types.UnionType" < object, false;
    }
    exceptions {
        base_exception: "BaseException" < object;
        base_exception_group: "BaseExceptionGroup" < base_exception;
        generator_exit: "GeneratorExit" < base_exception;
        keyboard_interrupt: "KeyboardInterrupt" < base_exception;
        system_exit: "SystemExit" < base_exception;
        exception: "Exception" < base_exception;
        exception_group: "ExceptionGroup" < base_exception_group;
        arithmetic_error: "ArithmeticError" < exception;
        floating_point_error: "FloatingPointError" < arithmetic_error;
        overflow_error: "OverflowError" < arithmetic_error;
        zero_division_error: "ZeroDivisionError" < arithmetic_error;
        assertion_error: "AssertionError" < exception;
        attribute_error: "AttributeError" < exception;
        buffer_error: "BufferError" < exception;
        eof_error: "EOFError" < exception;
        import_error: "ImportError" < exception;
        module_not_found_error: "ModuleNotFoundError" < import_error;
        lookup_error: "LookupError" < exception;
        index_error: "IndexError" < lookup_error;
        key_error: "KeyError" < lookup_error;
        memory_error: "MemoryError" < exception;
        name_error: "NameError" < exception;
        unbound_local_error: "UnboundLocalError" < name_error;
        os_error: "OSError" < exception;
        blocking_io_error: "BlockingIOError" < os_error;
        child_process_error: "ChildProcessError" < os_error;
        connection_error: "ConnectionError" < os_error;
        broken_pipe_error: "BrokenPipeError" < connection_error;
        connection_aborted_error: "ConnectionAbortedError" < connection_error;
        connection_refused_error: "ConnectionRefusedError" < connection_error;
        connection_reset_error: "ConnectionResetError" < connection_error;
        file_exists_error: "FileExistsError" < os_error;
        file_not_found_error: "FileNotFoundError" < os_error;
        interrupted_error: "InterruptedError" < os_error;
        is_a_directory_error: "IsADirectoryError" < os_error;
        not_a_directory_error: "NotADirectoryError" < os_error;
        permission_error: "PermissionError" < os_error;
        process_lookup_error: "ProcessLookupError" < os_error;
        timeout_error: "TimeoutError" < os_error;
        reference_error: "ReferenceError" < exception;
        runtime_error: "RuntimeError" < exception;
        not_implemented_error: "NotImplementedError" < runtime_error;
        recursion_error: "RecursionError" < runtime_error;
        stop_async_iteration: "StopAsyncIteration" < exception;
        stop_iteration: "StopIteration" < exception;
        syntax_error: "SyntaxError" < exception;
        indentation_error: "IndentationError" < syntax_error;
        tab_error: "TabError" < indentation_error;
        system_error: "SystemError" < exception;
        type_error: "TypeError" < exception;
        value_error: "ValueError" < exception;
        unicode_error: "UnicodeError" < value_error;
        unicode_decode_error: "UnicodeDecodeError" < unicode_error;
        unicode_encode_error: "UnicodeEncodeError" < unicode_error;
        unicode_translate_error: "UnicodeTranslateError" < unicode_error;
        warning: "Warning" < exception;
        bytes_warning: "BytesWarning" < warning;
        deprecation_warning: "DeprecationWarning" < warning;
        encoding_warning: "EncodingWarning" < warning;
        future_warning: "FutureWarning" < warning;
        import_warning: "ImportWarning" < warning;
        pending_deprecation_warning: "PendingDeprecationWarning" < warning;
        resource_warning: "ResourceWarning" < warning;
        runtime_warning: "RuntimeWarning" < warning;
        syntax_warning: "SyntaxWarning" < warning;
        unicode_warning: "UnicodeWarning" < warning;
        user_warning: "UserWarning" < warning;
    }
}
