namespace SanguoOrleans.Game.Flow;

/// <summary>The phases of a turn, in order.</summary>
public enum Phase
{
    /// <summary>Not anyone's turn yet (setup, hero selection).</summary>
    None,
    /// <summary>准备阶段</summary>
    Start,
    /// <summary>判定阶段</summary>
    Judge,
    /// <summary>摸牌阶段</summary>
    Draw,
    /// <summary>出牌阶段</summary>
    Play,
    /// <summary>弃牌阶段</summary>
    Discard,
    /// <summary>结束阶段</summary>
    Finish,
}
