namespace SanguoOrleans.Game.Decisions;

/// <summary>What a request asks for.</summary>
public enum RequestKind
{
    /// <summary>Pick a hero from <see cref="DecisionRequest.Heroes"/>.</summary>
    ChooseHero,
    /// <summary>Play phase: use a card from <see cref="DecisionRequest.Plays"/> or pass to end the phase.</summary>
    Play,
    /// <summary>Use or play a card of <see cref="DecisionRequest.Wanted"/> (闪, 杀 …) or pass.</summary>
    Respond,
    /// <summary>Race: play 无懈可击 against <see cref="DecisionRequest.Trick"/> or pass.</summary>
    Nullify,
    /// <summary>Someone is dying: use 桃 (or 酒 on oneself) or pass.</summary>
    Peach,
    /// <summary>Choose between <see cref="DecisionRequest.MinCount"/> and <see cref="DecisionRequest.MaxCount"/> of <see cref="DecisionRequest.Cards"/> (discard, show, give).</summary>
    SelectCards,
    /// <summary>Pick one card of another player's areas: a visible card id or the option "hand" (a random hand card).</summary>
    ChooseCard,
    /// <summary>Choose one of <see cref="DecisionRequest.Options"/> (or pass when allowed): skill/equipment invocation, choices.</summary>
    ChooseOption,
}

/// <summary>Who answers a request.</summary>
public enum RequestMode
{
    /// <summary>One player.</summary>
    One,
    /// <summary>Several players; the first valid non-pass answer wins, the request ends when all pass.</summary>
    Race,
    /// <summary>Several players answer independently; the request ends when all have answered.</summary>
    All,
}

/// <summary>Deadline class; the table maps it to seconds (rules.md: 15 s action, 8 s response, 20 s hero choice).</summary>
public enum DeadlineClass
{
    /// <summary>Play-phase action.</summary>
    Action,
    /// <summary>Response, nullification, small choices.</summary>
    Response,
    /// <summary>Hero selection.</summary>
    HeroChoice,
}
