using SanguoOrleans.Grains.Interfaces.Roguelike;

namespace SanguoOrleans.Grains.Roguelike.Map;

/// <summary>A run's map: node 0 is the start on floor 0, the last node is the boss on the last floor.</summary>
internal sealed record RunMap(IReadOnlyList<MapNode> Nodes)
{
    public MapNode Start => Nodes[0];

    public MapNode Boss => Nodes[^1];

    public MapNode? Find(int id) => id >= 0 && id < Nodes.Count ? Nodes[id] : null;
}
