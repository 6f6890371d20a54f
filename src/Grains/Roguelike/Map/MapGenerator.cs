using SanguoOrleans.Game.Random;
using SanguoOrleans.Grains.Interfaces.Roguelike;

namespace SanguoOrleans.Grains.Roguelike.Map;

/// <summary>
/// Builds a run's map from its seed alone, so the map is never stored: a start, <see cref="MiddleFloors"/> floors of
/// two to four nodes, a rest floor and the boss. Every node is reachable from the start and leads to the boss.
/// </summary>
internal static class MapGenerator
{
    public const int MiddleFloors = 6;

    public static RunMap Generate(ulong seed)
    {
        var rng = new Xoshiro256StarStar(seed);
        var widths = new List<int> { 1 };
        widths.AddRange(Enumerable.Range(0, MiddleFloors).Select(_ => 2 + rng.NextInt(3)));
        widths.Add(2);
        widths.Add(1);

        var floors = new List<int[]>();
        var next = 0;
        foreach (var width in widths)
        {
            floors.Add([.. Enumerable.Range(next, width)]);
            next += width;
        }

        var edges = Enumerable.Range(0, next).Select(_ => new SortedSet<int>()).ToArray();
        for (var f = 0; f + 1 < floors.Count; f++)
        {
            Connect(floors[f], floors[f + 1], edges, rng);
        }

        var nodes = new List<MapNode>();
        for (var f = 0; f < floors.Count; f++)
        {
            foreach (var id in floors[f])
            {
                nodes.Add(new MapNode(id, f, KindOf(f, floors.Count, rng), [.. edges[id]]));
            }
        }

        return new RunMap(nodes);
    }

    // Each node leads to its proportional counterpart and sometimes a neighbour; nodes left without a way in get one.
    private static void Connect(int[] from, int[] to, SortedSet<int>[] edges, Xoshiro256StarStar rng)
    {
        for (var i = 0; i < from.Length; i++)
        {
            var j = i * to.Length / from.Length;
            edges[from[i]].Add(to[j]);
            if (j + 1 < to.Length && rng.NextInt(2) == 0)
            {
                edges[from[i]].Add(to[j + 1]);
            }
        }

        for (var j = 0; j < to.Length; j++)
        {
            if (!from.Any(i => edges[i].Contains(to[j])))
            {
                edges[from[j * from.Length / to.Length]].Add(to[j]);
            }
        }
    }

    private static NodeKind KindOf(int floor, int floorCount, Xoshiro256StarStar rng)
    {
        if (floor == 0)
        {
            return NodeKind.Start;
        }

        if (floor == floorCount - 1)
        {
            return NodeKind.Boss;
        }

        if (floor == floorCount - 2)
        {
            return NodeKind.Rest;
        }

        if (floor == 1)
        {
            return NodeKind.Battle;
        }

        var roll = rng.NextInt(100);
        return roll switch
        {
            < 45 => NodeKind.Battle,
            < 65 => NodeKind.Event,
            < 77 when floor >= 3 => NodeKind.Elite,
            < 77 => NodeKind.Battle,
            < 89 => NodeKind.Rest,
            _ => NodeKind.Shop,
        };
    }
}
