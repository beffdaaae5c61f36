using Rpython.Translator.Annotation;
using Rpython.Translator.Flow;

namespace Rpython.Translator.RTyping;

// The functions that reach outside the program (RPython's rffi externals, here operations of the
// "io" category of LowLevelOperations): rpython.rlib.rfile's text I/O, os.read and os.write, and
// the clocks of the time module. Each call becomes one operation; the LLInterpreter runs it on its
// own streams, the backend calls the runtime's Io.

internal sealed partial class RTyper
{
    private sealed partial class LowLevelOps
    {
        /// <summary>Lowers a call of an external function; false if <paramref name="name"/> is not one.</summary>
        private bool ExternalCall(string name, Variable result)
        {
            switch (name)
            {
                case "rpython.rlib.rfile.write_stdout":
                    Emit("rpy_write_str", result, Typed(1L, LowLevelTypes.Signed), Arg(1, BuiltinTypes.StrPtr));
                    return true;
                case "rpython.rlib.rfile.write_stderr":
                    Emit("rpy_write_str", result, Typed(2L, LowLevelTypes.Signed), Arg(1, BuiltinTypes.StrPtr));
                    return true;
                case "rpython.rlib.rfile.flush_stdout":
                    Emit("rpy_flush_stdout", result);
                    return true;
                case "rpython.rlib.rfile.read_file":
                    Emit("rpy_read_file", result, Arg(1, BuiltinTypes.StrPtr));
                    return true;
                case "rpython.rlib.rfile.read_stdin_line":
                    Emit("rpy_read_stdin_line", result);
                    return true;
                case "rpython.rlib.rfile.read_stdin_byte":
                    Emit("rpy_read_stdin_byte", result);
                    return true;
                case "os.open":
                    Emit("os_open", result, Arg(1, BuiltinTypes.StrPtr), Arg(2, LowLevelTypes.Signed),
                        op.Args.Length > 3 ? Arg(3, LowLevelTypes.Signed) : Typed(0x1FFL, LowLevelTypes.Signed));
                    return true;
                case "os.close":
                    Emit("os_close", result, Arg(1, LowLevelTypes.Signed));
                    return true;
                case "os.read":
                    Emit("os_read", result, Arg(1, LowLevelTypes.Signed), Arg(2, LowLevelTypes.Signed));
                    return true;
                case "os.write":
                    Emit("os_write", result, Arg(1, LowLevelTypes.Signed), Arg(2, BuiltinTypes.BytesPtr));
                    return true;
                case "time.time":
                    Emit("time_time", result);
                    return true;
                case "time.perf_counter" or "time.clock":
                    Emit("time_perf_counter", result);
                    return true;
            }
            return false;
        }
    }
}
