using SanguoOrleans.Grains.Interfaces.Users;

namespace SanguoOrleans.Grains.Users;

internal sealed partial class UserGrain
{
    public Task RecordRoguelikeSummaryAsync(RoguelikeSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (Exists)
        {
            // A copy: the roguelike act grain holds the data itself and sends the whole summary on every change.
            _roguelike.State.Value = summary;
            Changed(_roguelike);
        }

        return Task.CompletedTask;
    }
}
