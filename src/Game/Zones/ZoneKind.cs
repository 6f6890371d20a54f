namespace SanguoOrleans.Game.Zones;

/// <summary>Where a card can be. Every card is in exactly one zone at any time.</summary>
public enum ZoneKind
{
    /// <summary>牌堆 (hidden order).</summary>
    DrawPile,
    /// <summary>弃牌堆 (public).</summary>
    DiscardPile,
    /// <summary>手牌 (owner only).</summary>
    Hand,
    /// <summary>装备区 (public).</summary>
    Equipment,
    /// <summary>判定区 (public).</summary>
    Judge,
    /// <summary>处理区: cards being used, judged or revealed (public).</summary>
    Processing,
}

/// <summary>Zone helpers.</summary>
public static class ZoneKindExtensions
{
    /// <summary>True when everyone may see the cards in this zone.</summary>
    public static bool IsPublic(this ZoneKind zone) => zone is not (ZoneKind.DrawPile or ZoneKind.Hand);

    /// <summary>True for zones that belong to a seat.</summary>
    public static bool IsOwned(this ZoneKind zone) => zone is ZoneKind.Hand or ZoneKind.Equipment or ZoneKind.Judge;
}
