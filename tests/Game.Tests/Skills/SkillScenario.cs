using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Decisions;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Game.Zones;

namespace SanguoOrleans.Game.Tests.Skills;

/// <summary>Scenario steps for skill tests: cards of a given suit, skill options and answers.</summary>
internal static class SkillScenario
{
    /// <summary>Moves a card of that name and suit from the piles (else another hand) into a seat's hand; returns its id.</summary>
    public static int GiveCard(this Scenario s, int seat, CardName name, Suit suit)
    {
        var others = s.Engine.Players.Where(p => p.Seat != seat).SelectMany(p => p.Hand);
        var id = s.Engine.DrawPile.Concat(s.Engine.DiscardPile).Concat(others)
            .First(c => s.Engine.CardOf(c).Name == name && s.Engine.CardOf(c).Suit == suit);
        s.Engine.Move([id], ZoneKind.Hand, seat);
        s.Engine.RefreshPlayRequest();
        return id;
    }

    /// <summary>The seat's pending option of a skill (the one holding <paramref name="card"/> when given).</summary>
    public static PlayOption SkillOption(this Scenario s, int seat, string skill, int card = -1) =>
        s.Req(seat).Plays.First(p => p.Action == skill && (card < 0 || p.Cards.Contains(card)));

    /// <summary>Whether the seat's pending request offers the skill.</summary>
    public static bool Offers(this Scenario s, int seat, string skill) => s.Req(seat).Plays.Any(p => p.Action == skill);

    /// <summary>Answers the seat's pending request through a skill.</summary>
    public static SubmitResult Invoke(this Scenario s, int seat, string skill, int[] cards, params int[] targets) =>
        s.Engine.Submit(Decision.With(s.Req(seat), cards, targets, skill));

    /// <summary>Ends the play phases of the seats in order (each answering its discard phase by default).</summary>
    public static void EndTurns(this Scenario s, params int[] seats)
    {
        foreach (var seat in seats)
        {
            s.EndPlay(seat);
        }
    }

    /// <summary>Events of a kind, for assertions.</summary>
    public static IEnumerable<GameEvent> EventsOf(this Scenario s, EventKind kind) => s.Engine.AllEvents.Where(e => e.Kind == kind);
}
