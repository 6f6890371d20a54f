using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SanguoOrleans.Grains.Interfaces.Presence;

namespace SanguoOrleans.Grains.Presence;

/// <summary>
/// Collects the presence changes of the users on this silo and sends them to the presence grains in batches,
/// one call per shard per round, as the seed's DB server batches its offline notices to the center server.
/// </summary>
public sealed partial class PresenceReporter(IGrainFactory grains, TimeProvider clock, ILogger<PresenceReporter> logger) : BackgroundService
{
    private static readonly TimeSpan Round = TimeSpan.FromMilliseconds(250);
    private readonly Channel<PresenceChange> _changes = Channel.CreateUnbounded<PresenceChange>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues a change; never blocks the calling grain.</summary>
    public void Report(Guid userId, bool online) =>
        _changes.Writer.TryWrite(new PresenceChange(userId, online, clock.GetUtcNow()));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = _changes.Reader;
        while (await reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
        {
            await Task.Delay(Round, clock, stoppingToken).ConfigureAwait(false);
            var batch = new List<PresenceChange>();
            while (reader.TryRead(out var change))
            {
                batch.Add(change);
            }

            await SendAsync(batch).ConfigureAwait(false);
        }
    }

    private async Task SendAsync(List<PresenceChange> batch)
    {
        foreach (var shard in batch.GroupBy(c => PresenceShards.Of(c.UserId)))
        {
            try
            {
                await grains.GetGrain<IPresenceGrain>(shard.Key).ApplyAsync(shard.ToList()).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                // Presence is transient, like the seed's Redis data: a lost batch is corrected by the next change.
                LogBatchLost(logger, shard.Count(), shard.Key, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost {Count} presence changes for shard {Shard}")]
    private static partial void LogBatchLost(ILogger logger, int count, long shard, Exception exception);
}
