using System.Text.Json;
using SanguoOrleans.Game.Events;
using SanguoOrleans.Gateway.Mapping;
using SanguoOrleans.Grains.Interfaces.Tables;

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
        Assert.All(pushes, p => Assert.True(p.EventsJson.Length <= 8 * 1024, $"{p.EventsJson.Length} bytes"));
        var seqs = pushes.SelectMany(p => JsonDocument.Parse(p.EventsJson.Memory).RootElement.EnumerateArray().Select(e => e.GetProperty("seq").GetInt32())).ToList();
        Assert.Equal(Enumerable.Range(1, 2000), seqs);
        Assert.All(pushes[..^1], p => Assert.False(p.Over));
        Assert.True(pushes[^1].Over);
        Assert.Equal(5000, pushes[^1].DeadlineUnixMs);
        Assert.All(pushes[..^1], p => Assert.Equal(0, p.DeadlineUnixMs));
    }

    [Fact]
    public void UpdateWithoutEvents_CarriesAnEmptyListAndThePendingDeadline()
    {
        var update = new TableUpdate("t1", [], 9, null, DateTimeOffset.UnixEpoch.AddSeconds(1), false);

        var push = Assert.Single(TableMapping.ToProto(update, maxEventBytes: 1024));

        Assert.Equal("[]", push.EventsJson.ToStringUtf8());
        Assert.Equal(1000, push.DeadlineUnixMs);
    }

    [Theory]
    [InlineData(Protocol.GameMode.Identity5, Game.Modes.GameMode.Identity5)]
    [InlineData(Protocol.GameMode.Identity8, Game.Modes.GameMode.Identity8)]
    [InlineData(Protocol.GameMode.Identity8DoubleRenegade, Game.Modes.GameMode.Identity8DoubleRenegade)]
    [InlineData(Protocol.GameMode.Doubles, Game.Modes.GameMode.Doubles)]
    [InlineData(Protocol.GameMode.OneVsOne, Game.Modes.GameMode.OneVsOne)]
    public void EveryModeOfTheProtocol_MapsToItsEngineModeAndBack(Protocol.GameMode proto, Game.Modes.GameMode engine)
    {
        Assert.Equal(engine, TableMapping.ToEngine(proto));
        Assert.Equal(proto, TableMapping.ToProto(engine));
    }

    [Fact]
    public void ShortUpdate_IsOnePush()
    {
        var update = new TableUpdate("t1", [new GameEvent(7, default, Visibility.Everyone, [])], 7, null, null, false);

        var push = Assert.Single(TableMapping.ToProto(update, maxEventBytes: 32 * 1024));

        Assert.Equal(7, push.Seq);
    }
}
