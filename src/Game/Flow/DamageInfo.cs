using SanguoOrleans.Game.Cards;

namespace SanguoOrleans.Game.Flow;

/// <summary>A damage being resolved; skills at damage timings may change it.</summary>
public sealed class DamageInfo
{
    /// <summary>Who deals it (−1: no source, e.g. 闪电).</summary>
    public int Source { get; init; } = -1;

    /// <summary>Who takes it.</summary>
    public int Target { get; init; }

    /// <summary>Amount; may be raised or lowered before it is dealt.</summary>
    public int Amount { get; set; } = 1;

    /// <summary>Element.</summary>
    public DamageElement Element { get; init; }

    /// <summary>The card use that caused it, if any.</summary>
    public CardUse? Use { get; init; }

    /// <summary>Passed on by an iron chain (does not propagate again).</summary>
    public bool FromChain { get; init; }

    /// <summary>Set to stop the damage.</summary>
    public bool Prevented { get; set; }

    /// <summary>True when a 杀 caused it.</summary>
    public bool BySlash => Use is not null && CardRules.IsSlash(Use.Name);
}
