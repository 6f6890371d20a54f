using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Flow;

namespace SanguoOrleans.Game.Skills;

/// <summary>
/// A status skill the rules consult instead of trigger: distance (马术), prohibition (空城, 谦逊), 杀 limit (咆哮),
/// distance limit (奇才), responses demanded (无双), hand limit. Every member has a neutral default, so a skill
/// overrides only what it changes.
/// </summary>
public interface IStatusSkill
{
    /// <summary>Registry id.</summary>
    string Id { get; }

    /// <summary>Added to the distance from <paramref name="fromSeat"/> to <paramref name="toSeat"/> (owner is one of them).</summary>
    int DistanceModifier(GameEngine engine, int owner, int fromSeat, int toSeat) => 0;

    /// <summary>True when <paramref name="user"/> may not use <paramref name="card"/> on the owner.</summary>
    bool ProhibitsTarget(GameEngine engine, int owner, int user, CardName card) => false;

    /// <summary>True when the owner may use any number of 杀 in the play phase.</summary>
    bool UnlimitedSlash(GameEngine engine, int owner) => false;

    /// <summary>True when the owner's <paramref name="card"/> has no distance limit (奇才: 顺手牵羊, 兵粮寸断).</summary>
    bool IgnoresDistanceLimit(GameEngine engine, int owner, CardName card) => false;

    /// <summary>
    /// Cards <paramref name="responder"/> must play against the owner's side of <paramref name="use"/> beyond the
    /// usual one (无双: a second 闪 against the owner's 杀, a second 杀 each time in a 决斗 with the owner).
    /// </summary>
    int ExtraResponses(GameEngine engine, int owner, CardUse use, int responder) => 0;

    /// <summary>Added to the owner's hand limit in the discard phase.</summary>
    int HandLimitModifier(GameEngine engine, int owner) => 0;
}
