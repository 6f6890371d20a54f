namespace SanguoOrleans.Grains.Interfaces.Roguelike;

/// <summary>One node of a run's map: its floor (0 = start) and the nodes of the next floor it leads to.</summary>
[GenerateSerializer, Immutable, Alias("sanguo.roguelike.MapNode")]
public sealed record MapNode(int Id, int Floor, NodeKind Kind, IReadOnlyList<int> Next)
{
    /// <summary>Whether reaching the node means a battle.</summary>
    public bool IsBattle => Kind is NodeKind.Battle or NodeKind.Elite or NodeKind.Boss;
}
