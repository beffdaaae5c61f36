// The Brainfuck interpreter of interpreter-spec/bf/targetbf.py written by hand in C#, the same
// algorithm: the program filtered to its 8 instructions, a bracket map in a dictionary, a tape that
// grows to the right, cells wrapping at 256. It is what the translated interpreter is compared with.

using System.Text;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: bf-csharp program.b");
    return 1;
}
var (program, brackets) = Parse(File.ReadAllText(args[0]));
var tape = new List<int> { 0 };
int position = 0;
var stdout = Console.OpenStandardOutput();
var output = new List<byte>();
for (int pc = 0; pc < program.Length; pc++)
{
    switch (program[pc])
    {
        case '>':
            position++;
            if (tape.Count <= position)
                tape.Add(0);
            break;
        case '<':
            position--;
            break;
        case '+':
            tape[position] = (tape[position] + 1) & 0xFF;
            break;
        case '-':
            tape[position] = (tape[position] - 1) & 0xFF;
            break;
        case '.':
            output.AddRange(Encoding.UTF8.GetBytes(char.ConvertFromUtf32(tape[position])));
            if (output.Count >= 1 << 16)
            {
                stdout.Write(output.ToArray());
                output.Clear();
            }
            break;
        case ',':
            int b = Console.OpenStandardInput().ReadByte();
            tape[position] = b >= 0 ? b : 0;
            break;
        case '[' when tape[position] == 0:
            pc = brackets[pc];
            break;
        case ']' when tape[position] != 0:
            pc = brackets[pc];
            break;
    }
}
stdout.Write(output.ToArray());
return 0;

static (string Program, Dictionary<int, int> Brackets) Parse(string source)
{
    var parsed = new StringBuilder();
    var brackets = new Dictionary<int, int>();
    var left = new Stack<int>();
    foreach (char c in source)
    {
        if ("[]<>+-,.".IndexOf(c) < 0)
            continue;
        if (c == '[')
        {
            left.Push(parsed.Length);
        }
        else if (c == ']')
        {
            int open = left.Pop();
            brackets[open] = parsed.Length;
            brackets[parsed.Length] = open;
        }
        parsed.Append(c);
    }
    return (parsed.ToString(), brackets);
}
