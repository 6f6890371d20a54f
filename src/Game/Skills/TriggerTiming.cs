namespace SanguoOrleans.Game.Skills;

/// <summary>Points in the rules where skills may trigger (names follow QSanguosha/FreeKill timings).</summary>
public enum TriggerTiming
{
    /// <summary>After heroes are chosen and starting hands dealt.</summary>
    GameStart,
    /// <summary>A turn begins.</summary>
    TurnStart,
    /// <summary>Before a phase: skills may skip it (<see cref="TriggerData.SkipPhase"/>).</summary>
    PhaseChanging,
    /// <summary>A phase begins.</summary>
    PhaseStart,
    /// <summary>A phase ends.</summary>
    PhaseEnd,
    /// <summary>A turn ends.</summary>
    TurnEnd,
    /// <summary>Draw phase: skills may change <see cref="TriggerData.Count"/>.</summary>
    DrawNCards,
    /// <summary>A card has been used (declared, moved to processing).</summary>
    CardUsed,
    /// <summary>Per target, target side, before the targets are final: a skill may move the card to another player by setting <see cref="TriggerData.Target"/> (流离).</summary>
    TargetConfirming,
    /// <summary>Per target, after the card's targets are fixed (雌雄双股剑, 铁骑…).</summary>
    TargetSpecified,
    /// <summary>Per target, target side, after the card's targets are fixed.</summary>
    TargetConfirmed,
    /// <summary>A card was played as a response.</summary>
    CardResponded,
    /// <summary>Source side, before damage is dealt; may change or prevent it.</summary>
    DamageCaused,
    /// <summary>Victim side, before damage is dealt; may change or prevent it.</summary>
    DamageInflicted,
    /// <summary>After the source dealt damage.</summary>
    Damage,
    /// <summary>After the victim took damage (奸雄, 反馈, 刚烈, 遗计…).</summary>
    Damaged,
    /// <summary>After recovering HP.</summary>
    Recovered,
    /// <summary>A judgement card is shown: retrial skills (鬼才) may replace it.</summary>
    AskForRetrial,
    /// <summary>A judgement takes effect (天妒).</summary>
    FinishJudge,
    /// <summary>A character enters the dying state.</summary>
    EnterDying,
    /// <summary>A character died (role revealed, before rewards).</summary>
    Death,
    /// <summary>
    /// Cards left a hand or equipment area (连营, 枭姬): <see cref="TriggerData.Cards"/> from <see cref="TriggerData.From"/>,
    /// once per source zone, resolved before the next request.
    /// </summary>
    CardsLost,
}
