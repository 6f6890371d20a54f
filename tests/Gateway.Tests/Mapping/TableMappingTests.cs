using Google.Protobuf;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Gateway.Mapping;
using SanguoOrleans.Grains.Interfaces.Tables;
using SanguoOrleans.Protocol;
using GameEvent = SanguoOrleans.Game.Events.GameEvent;
using EventKind = SanguoOrleans.Game.Events.EventKind;

namespace SanguoOrleans.Gateway.Tests.Mapping;

public class TableMappingTests
{
    [Fact]
    public void LongStretchOfPlay_IsSplitIntoPushesUnderTheLimit_InOrder_WithThePendingRequestOnlyOnTheLast()
    {
        var events = Enumerable.Range(1, 2000)
            .Select(seq => new GameEvent(seq, default, Visibility.Everyone, [], Seat: seq % 8, Text: "a fairly long event text " + seq))
            .ToList();
        var update = new TableUpdate("t1", events, 2000, Pending: null, Deadline: DateTimeOffset.UnixEpoch.AddSeconds(5), Over: true);

        var pushes = TableMapping.ToProto(update, maxEventBytes: 8 * 1024).ToList();

        Assert.True(pushes.Count > 1);
        Assert.All(pushes, p => Assert.True(EventBytes(p) <= 8 * 1024, $"{EventBytes(p)} bytes"));
        Assert.Equal(Enumerable.Range(1, 2000), pushes.SelectMany(p => p.Events).Select(e => e.Seq));
        Assert.All(pushes[..^1], p => Assert.Equal(p.Events[^1].Seq, p.Seq));
        Assert.All(pushes[..^1], p => Assert.False(p.Over));
        Assert.True(pushes[^1].Over);
        Assert.Equal(5000, pushes[^1].DeadlineUnixMs);
        Assert.All(pushes[..^1], p => Assert.Equal(0, p.DeadlineUnixMs));
    }

    [Fact]
    public void SplitPushes_StayUnderTheLimit_WhenEachEventCarriesManyCards()
    {
        var events = Enumerable.Range(1, 300)
            .Select(seq => new GameEvent(seq, EventKind.CardsMoved, Visibility.Everyone, [], Cards: [.. Enumerable.Range(0, 100)], Count: 100))
            .ToList();
        var update = new TableUpdate("t1", events, 300, null, null, false);

        var pushes = TableMapping.ToProto(update, maxEventBytes: 4 * 1024).ToList();

        Assert.True(pushes.Count > 1);
        Assert.All(pushes, p => Assert.True(EventBytes(p) <= 4 * 1024, $"{EventBytes(p)} bytes"));
        Assert.Equal(300, pushes.Sum(p => p.Events.Count));
    }

    [Fact]
    public void UpdateWithoutEvents_CarriesNoEventAndThePendingDeadline()
    {
        var update = new TableUpdate("t1", [], 9, null, DateTimeOffset.UnixEpoch.AddSeconds(1), false);

        var push = Assert.Single(TableMapping.ToProto(update, maxEventBytes: 1024));

        Assert.Empty(push.Events);
        Assert.Null(push.Pending);
        Assert.Equal(1000, push.DeadlineUnixMs);
    }

    [Fact]
    public void ShortUpdate_IsOnePush()
    {
        var update = new TableUpdate("t1", [new GameEvent(7, default, Visibility.Everyone, [])], 7, null, null, false);

        var push = Assert.Single(TableMapping.ToProto(update, maxEventBytes: 32 * 1024));

        Assert.Equal(7, push.Seq);
    }

    /// <summary>What the events take of the push on the wire: the push without them subtracted.</summary>
    private static int EventBytes(GameAdvanced push)
    {
        var withoutEvents = push.Clone();
        withoutEvents.Events.Clear();
        return push.CalculateSize() - withoutEvents.CalculateSize();
    }
}
