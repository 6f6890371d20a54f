using SanguoOrleans.Game.Cards;
using SanguoOrleans.Game.Events;

namespace SanguoOrleans.Game.Flow;

public sealed partial class GameEngine
{
    /// <summary>
    /// Whether <paramref name="seat"/> used or played (as a response, e.g. in a 决斗) a 杀 during
    /// <paramref name="phase"/> of the current turn (克己). Read from the public record of the turn, so every way of
    /// producing a 杀 (a card, 丈八蛇矛, a conversion skill) counts alike.
    /// </summary>
    internal bool SlashUsedOrPlayedIn(int seat, Phase phase)
    {
        var start = events.Count - 1;
        while (start > 0 && events[start].Kind != EventKind.TurnStarted)
        {
            start--;
        }

        var phaseName = PhaseNames[(int)phase];
        var inside = false;
        for (var i = Math.Max(0, start); i < events.Count; i++)
        {
            var e = events[i];
            if (e.Kind is EventKind.PhaseStarted or EventKind.PhaseSkipped)
            {
                inside = e.Kind == EventKind.PhaseStarted && e.Text == phaseName;
            }
            else if (inside && e.Seat == seat && e.Kind is (EventKind.CardUsed or EventKind.CardResponded)
                && e.Name is { } name && CardRules.IsSlash(name))
            {
                return true;
            }
        }

        return false;
    }
}
