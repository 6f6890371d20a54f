using SanguoOrleans.Grains.Interfaces.Users;

namespace SanguoOrleans.Grains.Users;

internal sealed partial class UserGrain
{
    public Task RecordLadderStandingAsync(LadderRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (Exists)
        {
            // A copy: the ladder's player grain holds the record itself, so a copy lost in a crash costs nothing.
            _ladder.State.Value = record;
            Changed(_ladder);
        }

        return Task.CompletedTask;
    }
}
