using Orleans.Core.Internal;
using SanguoOrleans.Grains.Interfaces.Ladder;

namespace SanguoOrleans.Grains.Tests.Ladder;

/// <summary>Ends a ladder queue's activation, as the death of its silo would: its tickets are gone.</summary>
internal static class LadderQueueLoss
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>Deactivates the queue and waits until a fresh activation answers, no longer knowing <paramref name="user"/>.</summary>
    public static async Task LoseActivationAsync(this ILadderQueueGrain queue, Guid user)
    {
        await queue.AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        var deadline = DateTime.UtcNow + Patience;
        while ((await queue.GetStatusAsync(user)).State != LadderQueueState.Idle)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The queue kept its activation.");
            }

            await Task.Delay(50);
        }
    }
}
