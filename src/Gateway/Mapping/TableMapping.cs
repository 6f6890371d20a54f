using System.Text.Json;
using Google.Protobuf;
using SanguoOrleans.Protocol;
using Engine = SanguoOrleans.Game;
using Grain = SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Gateway.Mapping;

/// <summary>Maps the table grain's records onto protocol messages; engine records travel as JSON fields.</summary>
internal static class TableMapping
{
    public static TableInfo ToProto(Grain.TableInfo info)
    {
        var proto = new TableInfo
        {
            TableId = info.TableId,
            Name = info.Settings.Name,
            Mode = ToProto(info.Settings.Game.Mode),
            Status = (TableStatus)(int)info.Status,
            OwnerUserId = info.Owner.ToString(),
            Ranked = info.Ranked,
            HasPassword = info.Settings.Password is not null,
            ResultJson = info.Result is null ? ByteString.Empty : Json(info.Result),
        };
        foreach (var seat in info.Seats)
        {
            proto.Seats.Add(new SeatInfo
            {
                Seat = seat.Seat,
                Occupant = (SeatOccupant)(int)seat.Occupant,
                UserId = seat.UserId?.ToString() ?? "",
                Ready = seat.Ready,
                AutoPlay = seat.AutoPlay,
                Online = seat.Online,
                Escaped = seat.Escaped,
            });
        }

        proto.SpectatorUserIds.AddRange(info.Spectators.Select(s => s.ToString()));
        return proto;
    }

    public static TableSummary ToProto(Grain.TableSummary summary) => new()
    {
        TableId = summary.TableId,
        Name = summary.Name,
        Mode = ToProto(summary.Mode),
        Seated = summary.Seated,
        Seats = summary.Seats,
        Status = (TableStatus)(int)summary.Status,
        HasPassword = summary.HasPassword,
        MinLevel = summary.MinLevel,
        MaxLevel = summary.MaxLevel,
    };

    public static TableSnapshot ToProto(Grain.TableSnapshot snapshot) => new()
    {
        Info = ToProto(snapshot.Info),
        Viewer = snapshot.Viewer,
        Seq = snapshot.Seq,
        ViewJson = snapshot.View is null ? ByteString.Empty : Json(snapshot.View),
        PendingJson = snapshot.Pending is null ? ByteString.Empty : Json(snapshot.Pending),
        DeadlineUnixMs = snapshot.Deadline?.ToUnixTimeMilliseconds() ?? 0,
    };

    /// <summary>
    /// The update as one or more pushes whose event lists stay under <paramref name="maxEventBytes"/> of JSON: a long
    /// stretch of play without a human answer (auto-play, a dead seat) must not exceed the frame size clients accept.
    /// Only the last push carries the pending request, the deadline and the end of the game.
    /// </summary>
    public static IEnumerable<GameAdvanced> ToProto(Grain.TableUpdate update, int maxEventBytes)
    {
        var chunk = new List<byte[]>();
        var chunkBytes = 0;
        var lastSeq = -1;
        foreach (var gameEvent in update.Events)
        {
            var json = JsonSerializer.SerializeToUtf8Bytes(gameEvent, ProtocolJson.Options);
            if (chunk.Count > 0 && chunkBytes + json.Length + 1 > maxEventBytes)
            {
                yield return new GameAdvanced { TableId = update.TableId, Seq = lastSeq, EventsJson = JsonArray(chunk) };
                chunk.Clear();
                chunkBytes = 0;
            }

            chunk.Add(json);
            chunkBytes += json.Length + 1;
            lastSeq = gameEvent.Seq;
        }

        yield return new GameAdvanced
        {
            TableId = update.TableId,
            Seq = update.Seq,
            EventsJson = JsonArray(chunk),
            PendingJson = update.Pending is null ? ByteString.Empty : Json(update.Pending),
            DeadlineUnixMs = update.Deadline?.ToUnixTimeMilliseconds() ?? 0,
            Over = update.Over,
        };
    }

    private static ByteString JsonArray(List<byte[]> elements)
    {
        // Brackets, elements, and a comma between each two: never more than the sum of (length + 1) plus 2.
        var buffer = new byte[elements.Sum(e => e.Length + 1) + 2];
        buffer[0] = (byte)'[';
        var at = 1;
        foreach (var element in elements)
        {
            if (at > 1)
            {
                buffer[at++] = (byte)',';
            }

            element.CopyTo(buffer, at);
            at += element.Length;
        }

        buffer[at++] = (byte)']';
        return ByteString.CopyFrom(buffer, 0, at);
    }

    public static Engine.Decisions.Decision ToEngine(Decision decision) => new(
        decision.RequestId,
        decision.Seat,
        decision.Pass,
        [.. decision.Cards],
        [.. decision.Targets],
        decision.Option is "" ? null : decision.Option,
        decision.Hero is "" ? null : decision.Hero);

    public static Engine.Modes.GameMode ToEngine(GameMode mode) => mode switch
    {
        GameMode.Identity8 => Engine.Modes.GameMode.Identity8,
        GameMode.Identity8DoubleRenegade => Engine.Modes.GameMode.Identity8DoubleRenegade,
        GameMode.Doubles => Engine.Modes.GameMode.Doubles,
        GameMode.OneVsOne => Engine.Modes.GameMode.OneVsOne,
        _ => Engine.Modes.GameMode.Identity5,
    };

    public static GameMode ToProto(Engine.Modes.GameMode mode) => mode switch
    {
        Engine.Modes.GameMode.Identity8 => GameMode.Identity8,
        Engine.Modes.GameMode.Identity8DoubleRenegade => GameMode.Identity8DoubleRenegade,
        Engine.Modes.GameMode.Doubles => GameMode.Doubles,
        Engine.Modes.GameMode.OneVsOne => GameMode.OneVsOne,
        _ => GameMode.Identity5,
    };

    public static ByteString Json<T>(T value) => ByteString.CopyFrom(JsonSerializer.SerializeToUtf8Bytes(value, ProtocolJson.Options));
}
