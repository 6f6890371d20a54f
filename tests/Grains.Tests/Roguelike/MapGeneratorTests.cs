using SanguoOrleans.Grains.Interfaces.Roguelike;
using SanguoOrleans.Grains.Roguelike.Map;

namespace SanguoOrleans.Grains.Tests.Roguelike;

public class MapGeneratorTests
{
    public static TheoryData<ulong> Seeds => [.. Enumerable.Range(0, 200).Select(i => (ulong)i * 7_919_001UL)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EveryNode_IsReachableFromTheStart_AndLeadsToTheBoss(ulong seed)
    {
        var map = MapGenerator.Generate(seed);

        var fromStart = Reach(map, [map.Start.Id], n => map.Nodes[n].Next);
        var toBoss = Reach(map, [map.Boss.Id], n => map.Nodes.Where(m => m.Next.Contains(n)).Select(m => m.Id));

        Assert.Equal(map.Nodes.Count, fromStart.Count);
        Assert.Equal(map.Nodes.Count, toBoss.Count);
        Assert.All(map.Nodes, n => Assert.All(n.Next, next => Assert.Equal(n.Floor + 1, map.Nodes[next].Floor)));
        Assert.Equal(NodeKind.Start, map.Start.Kind);
        Assert.Equal(NodeKind.Boss, map.Boss.Kind);
        Assert.Single(map.Nodes, n => n.Kind == NodeKind.Boss);
    }

    [Fact]
    public void SameSeed_GivesTheSameMap_OtherSeedsOtherMaps()
    {
        var seed = RunSeeds.Of("s1", Guid.Parse("7a1e0f5c-3a34-4a54-9d0e-1a2b3c4d5e6f"), 1);

        var first = MapGenerator.Generate(seed);
        var again = MapGenerator.Generate(RunSeeds.Of("s1", Guid.Parse("7a1e0f5c-3a34-4a54-9d0e-1a2b3c4d5e6f"), 1));
        var distinct = Enumerable.Range(2, 20).Select(run => Shape(MapGenerator.Generate(RunSeeds.Of("s1", Guid.Empty, run)))).Distinct().Count();

        Assert.Equal(Shape(first), Shape(again));
        Assert.True(distinct > 10, $"only {distinct} different maps from 20 seeds");
    }

    [Fact]
    public void Maps_HoldEveryKindOfNode_AcrossSeeds()
    {
        var kinds = Enumerable.Range(0, 50).SelectMany(i => MapGenerator.Generate((ulong)i).Nodes).Select(n => n.Kind).ToHashSet();

        Assert.Equal(Enum.GetValues<NodeKind>().ToHashSet(), kinds);
    }

    private static string Shape(RunMap map) => string.Join(';', map.Nodes.Select(n => $"{n.Id}:{n.Floor}:{n.Kind}:{string.Join(',', n.Next)}"));

    private static HashSet<int> Reach(RunMap map, int[] from, Func<int, IEnumerable<int>> step)
    {
        var seen = new HashSet<int>(from);
        var queue = new Queue<int>(from);
        while (queue.TryDequeue(out var node))
        {
            foreach (var next in step(node).Where(seen.Add))
            {
                queue.Enqueue(next);
            }
        }

        return map.Nodes.Select(n => n.Id).Where(seen.Contains).ToHashSet();
    }
}
