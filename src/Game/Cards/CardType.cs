namespace SanguoOrleans.Game.Cards;

/// <summary>Card type as printed on the card.</summary>
public enum CardType
{
    /// <summary>基本牌</summary>
    Basic,
    /// <summary>普通锦囊</summary>
    Trick,
    /// <summary>延时锦囊</summary>
    DelayedTrick,
    /// <summary>装备牌</summary>
    Equipment,
}

/// <summary>The four equipment slots.</summary>
public enum EquipSlot
{
    /// <summary>武器</summary>
    Weapon,
    /// <summary>防具</summary>
    Armor,
    /// <summary>+1 马</summary>
    DefensiveHorse,
    /// <summary>−1 马</summary>
    OffensiveHorse,
}

/// <summary>Damage element.</summary>
public enum DamageElement
{
    /// <summary>普通伤害</summary>
    Normal,
    /// <summary>火焰伤害</summary>
    Fire,
    /// <summary>雷电伤害</summary>
    Thunder,
}
