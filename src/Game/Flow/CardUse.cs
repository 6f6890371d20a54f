using SanguoOrleans.Game.Cards;

namespace SanguoOrleans.Game.Flow;

/// <summary>A card use being resolved (user, effective name, physical cards, targets).</summary>
public sealed class CardUse
{
    /// <summary>Who uses it.</summary>
    public int User { get; init; }

    /// <summary>The name it is used as (丈八蛇矛 / 朱雀羽扇 change it).</summary>
    public CardName Name { get; set; }

    /// <summary>Physical cards (empty for a virtual card).</summary>
    public IReadOnlyList<int> Cards { get; init; } = [];

    /// <summary>Targets in resolution order.</summary>
    public List<int> Targets { get; init; } = [];

    /// <summary>借刀杀人: the player the weapon holder must attack.</summary>
    public int Victim { get; init; } = -1;

    /// <summary>Extra damage (酒).</summary>
    public int ExtraDamage { get; set; }

    /// <summary>Suit when all physical cards share one (null: none or mixed).</summary>
    public Suit? Suit { get; init; }

    /// <summary>Red/black when all physical cards share a colour (null: colourless).</summary>
    public bool? IsRed { get; init; }

    /// <summary>No 无懈可击 may answer it (离间's 决斗).</summary>
    public bool CannotBeNullified { get; set; }

    /// <summary>The user's 青釭剑 makes targets' armor ineffective.</summary>
    public bool IgnoresArmor { get; set; }

    private List<int>? jinkForbidden;

    /// <summary>Forbids <paramref name="target"/> to use 闪 against this card (铁骑).</summary>
    public void ForbidJink(int target) => (jinkForbidden ??= []).Add(target);

    /// <summary>Whether <paramref name="target"/> may not use 闪 against this card.</summary>
    public bool IsJinkForbidden(int target) => jinkForbidden?.Contains(target) == true;
}
