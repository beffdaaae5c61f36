using System.Text;
using Rpython.Cli;

var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };
int code = CommandLine.Run(args, stdout, stderr, console: new ConsoleMode(StderrIsTerminal: !Console.IsErrorRedirected, InheritStdio: true));
stdout.Flush();
return code;
