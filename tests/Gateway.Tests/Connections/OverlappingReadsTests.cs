using SanguoOrleans.Gateway.Connections;

namespace SanguoOrleans.Gateway.Tests.Connections;

public class OverlappingReadsTests
{
    [Fact]
    public async Task WaitForRoom_WaitsAtTheLimit_UntilOneReadFinishes()
    {
        var reads = new OverlappingReads(limit: 2);
        var first = new TaskCompletionSource();
        var second = new TaskCompletionSource();
        await reads.WaitForRoomAsync();
        reads.Add(first.Task);
        await reads.WaitForRoomAsync();
        reads.Add(second.Task);

        var room = reads.WaitForRoomAsync().AsTask();
        await Task.Delay(50);
        Assert.False(room.IsCompleted);

        second.SetResult();
        await room.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Drain_WaitsForEveryRunningRead()
    {
        var reads = new OverlappingReads(limit: 4);
        var running = Enumerable.Range(0, 3).Select(_ => new TaskCompletionSource()).ToArray();
        foreach (var read in running)
        {
            reads.Add(read.Task);
        }

        var drained = reads.DrainAsync().AsTask();
        running[0].SetResult();
        running[2].SetResult();
        await Task.Delay(50);
        Assert.False(drained.IsCompleted);

        running[1].SetResult();
        await drained.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
