// bench/gc/targetbinarytrees.py written by hand in C#, the same algorithm on the .NET GC
// (workstation, concurrent: .NET's default for a console program).

using System.Globalization;

int maxDepth = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 16;
int liveMb = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 0;
const int NodeBytes = 32;
const int LiveTreeDepth = 14;
const int MinDepth = 4;
var output = new System.Text.StringBuilder();
int stretch = maxDepth + 1;
output.Append(CultureInfo.InvariantCulture, $"stretch tree of depth {stretch}\t check: {Check(Make(stretch))}\n");
var live = new List<Node>();
long treeBytes = ((1L << (LiveTreeDepth + 1)) - 1) * NodeBytes;
while (live.Count * treeBytes < liveMb * 1024L * 1024L)
    live.Add(Make(LiveTreeDepth));
var longLived = Make(maxDepth);
for (int depth = MinDepth; depth <= maxDepth; depth += 2)
{
    int iterations = 1 << (maxDepth - depth + MinDepth);
    long total = 0;
    for (int i = 0; i < iterations; i++)
        total += Check(Make(depth));
    output.Append(CultureInfo.InvariantCulture, $"{iterations}\t trees of depth {depth}\t check: {total}\n");
}
output.Append(CultureInfo.InvariantCulture, $"long lived tree of depth {maxDepth}\t check: {Check(longLived)}\n");
long nodes = 0;
foreach (var tree in live)
    nodes += Check(tree);
output.Append(CultureInfo.InvariantCulture, $"live data: {live.Count} trees, {nodes} nodes\n");
Console.Out.Write(output.ToString());
if (Environment.GetEnvironmentVariable("BINARYTREES_GC_STATS") == "1")
{
    var info = GC.GetGCMemoryInfo(GCKind.Any);
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gen0 {GC.CollectionCount(0)} gen1 {GC.CollectionCount(1)} gen2 {GC.CollectionCount(2)} pause {GC.GetTotalPauseDuration().TotalSeconds:F6} s pause% {info.PauseTimePercentage:F1}"));
}
return 0;

static Node Make(int depth) => depth == 0 ? new Node(null, null) : new Node(Make(depth - 1), Make(depth - 1));

static long Check(Node node) => node.Left is null ? 1 : 1 + Check(node.Left) + Check(node.Right!);

sealed class Node(Node? left, Node? right)
{
    public Node? Left { get; } = left;

    public Node? Right { get; } = right;
}
