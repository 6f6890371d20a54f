using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Events;

namespace SanguoOrleans.Cli.Commands.Play;

/// <summary>
/// Turns the events one client received into readable lines, remembering who plays which hero. Only events the
/// client was sent reach it, so every card id it prints was visible to that client.
/// </summary>
public sealed class EventText
{
    private readonly Dictionary<int, string> _heroes = [];

    /// <summary>One line for an event, or null for bookkeeping nobody needs to read (phase starts, offers).</summary>
    public string? Describe(GameEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Kind == EventKind.HeroChosen && e.Text is { } hero)
        {
            _heroes[e.Seat] = hero;
        }

        return e.Kind switch
        {
            EventKind.GameStarted => $"The game starts with {e.Count} seats.",
            EventKind.RoleRevealed => $"{Seat(e.Seat)} is the {e.Text}.",
            EventKind.HeroChosen => $"{Seat(e.Seat)} plays {e.Text} ({e.Hp}/{e.MaxHp} hp).",
            EventKind.TurnStarted => $"--- turn {e.Amount}: {Seat(e.Seat)} ---",
            EventKind.PhaseSkipped => $"{Seat(e.Seat)} skips the {e.Text} phase.",
            EventKind.CardsMoved when e.To == Game.Zones.ZoneKind.Hand && e.From == Game.Zones.ZoneKind.DrawPile =>
                $"{Seat(e.ToSeat)} draws {Count(e.Count)}{Cards(e.Cards)}.",
            EventKind.CardsMoved when e.To == Game.Zones.ZoneKind.DiscardPile && e.FromSeat >= 0 =>
                $"{Seat(e.FromSeat)} discards {Count(e.Count)}{Cards(e.Cards)}.",
            EventKind.CardUsed => $"{Seat(e.Seat)} uses {Name(e.Name)}{Cards(e.Cards)}{Targets(e.Targets)}.",
            EventKind.CardResponded => $"{Seat(e.Seat)} responds with {Name(e.Name)}{Cards(e.Cards)}.",
            EventKind.EffectCancelled => $"{Name(e.Name)} on {Seat(e.Target)} is cancelled ({e.Text}).",
            EventKind.Judged => $"{Seat(e.Seat)}'s judgement for {e.Text}:{Cards(e.Cards)}.",
            EventKind.Damaged => $"{Seat(e.Target)} takes {e.Amount} {e.Text} damage{From(e.Seat)} ({e.Hp}/{e.MaxHp} hp).",
            EventKind.Recovered => $"{Seat(e.Seat)} recovers {e.Amount} ({e.Hp}/{e.MaxHp} hp).",
            EventKind.HpLost => $"{Seat(e.Seat)} loses {e.Amount} hp ({e.Hp}/{e.MaxHp} hp).",
            EventKind.Dying => $"{Seat(e.Seat)} is dying!",
            EventKind.Died => $"{Seat(e.Seat)} dies, a {e.Text}{(e.Target >= 0 ? ", killed by " + Seat(e.Target) : "")}.",
            EventKind.ChainChanged => $"{Seat(e.Seat)} is {(e.Amount == 1 ? "chained" : "unchained")}.",
            EventKind.SkillInvoked => $"{Seat(e.Seat)} invokes {e.Text}.",
            EventKind.Chose => $"{Seat(e.Seat)} chooses {e.Text}.",
            EventKind.GameOver => $"Game over: {e.Text} wins{Targets(e.Targets)}.",
            EventKind.SideFormed => $"Side {e.Amount + 1}{Targets(e.Targets)}{(e.Count == 1 ? " (teammates see each other's hands)" : "")}.",
            EventKind.HeroDefeated => $"{Seat(e.Seat)} loses the hero {e.Text}{(e.Target >= 0 ? ", killed by " + Seat(e.Target) : "")}; the next one comes in.",
            _ => null,
        };
    }

    /// <summary>"seat 3 (zhaoyun)" once the hero is known, else "seat 3".</summary>
    public string Seat(int seat) => _heroes.TryGetValue(seat, out var hero) ? $"seat {seat} ({hero})" : $"seat {seat}";

    private string From(int seat) => seat >= 0 ? " from " + Seat(seat) : "";

    private static string Name(CardName? name) => name is { } n ? CardText.Chinese(n) : "a card";

    private static string Count(int count) => count == 1 ? "1 card" : $"{count} cards";

    private static string Cards(IReadOnlyList<int>? cards) => cards is { Count: > 0 } ? " [" + CardLabel.Of(cards) + "]" : "";

    private static string Targets(IReadOnlyList<int>? targets) => targets is { Count: > 0 } ? " (seats " + string.Join(", ", targets) + ")" : "";
}
