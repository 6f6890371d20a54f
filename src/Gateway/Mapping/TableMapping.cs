using Google.Protobuf;
using SanguoOrleans.Protocol;
using SanguoOrleans.Protocol.EngineRecords;
using Grain = SanguoOrleans.Grains.Interfaces.Tables;

namespace SanguoOrleans.Gateway.Mapping;

/// <summary>Maps the table grain's records onto protocol messages; engine records through Protocol.EngineRecords.</summary>
internal static class TableMapping
{
    public static TableInfo ToProto(Grain.TableInfo info)
    {
        var proto = new TableInfo
        {
            TableId = info.TableId,
            Name = info.Settings.Name,
            Mode = info.Settings.Game.Mode.ToProto(),
            Status = (TableStatus)(int)info.Status,
            OwnerUserId = info.Owner.ToString(),
            Ranked = info.Ranked,
            HasPassword = info.Settings.Password is not null,
            Result = info.Result?.ToProto(),
        };
        proto.Seats.AddRange(info.Seats.Select(ToProto));
        proto.SpectatorUserIds.AddRange(info.Spectators.Select(s => s.ToString()));
        return proto;
    }

    public static SeatInfo ToProto(Grain.SeatInfo seat) => new()
    {
        Seat = seat.Seat,
        Occupant = (SeatOccupant)(int)seat.Occupant,
        UserId = seat.UserId?.ToString() ?? "",
        Ready = seat.Ready,
        AutoPlay = seat.AutoPlay,
        Online = seat.Online,
        Escaped = seat.Escaped,
    };

    public static TableSummary ToProto(Grain.TableSummary summary) => new()
    {
        TableId = summary.TableId,
        Name = summary.Name,
        Mode = summary.Mode.ToProto(),
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
        View = snapshot.View?.ToProto(),
        Pending = snapshot.Pending?.ToProto(),
        DeadlineUnixMs = snapshot.Deadline?.ToUnixTimeMilliseconds() ?? 0,
    };

    /// <summary>
    /// The update as one or more pushes whose events stay under <paramref name="maxEventBytes"/> of protobuf: a long
    /// stretch of play without a human answer (auto-play, a dead seat) must not exceed the frame size clients accept.
    /// Only the last push carries the pending request, the deadline and the end of the game.
    /// </summary>
    public static IEnumerable<GameAdvanced> ToProto(Grain.TableUpdate update, int maxEventBytes)
    {
        var chunk = new GameAdvanced { TableId = update.TableId };
        var chunkBytes = 0;
        foreach (var gameEvent in update.Events)
        {
            var proto = gameEvent.ToProto();

            // An element of a repeated message field costs its tag (one byte below field 16) and its length-prefixed body.
            var size = 1 + CodedOutputStream.ComputeMessageSize(proto);
            if (chunk.Events.Count > 0 && chunkBytes + size > maxEventBytes)
            {
                chunk.Seq = chunk.Events[^1].Seq;
                yield return chunk;
                chunk = new GameAdvanced { TableId = update.TableId };
                chunkBytes = 0;
            }

            chunk.Events.Add(proto);
            chunkBytes += size;
        }

        chunk.Seq = update.Seq;
        chunk.Pending = update.Pending?.ToProto();
        chunk.DeadlineUnixMs = update.Deadline?.ToUnixTimeMilliseconds() ?? 0;
        chunk.Over = update.Over;
        yield return chunk;
    }

    /// <summary>A finished game's record: settings, seed and decisions replay it; the seats and the result go with it.</summary>
    public static Replay ToProto(Grain.TableReplay replay)
    {
        var proto = new Replay
        {
            TableId = replay.TableId,
            Name = replay.Settings.Name,
            Settings = replay.Settings.Game.ToProto(),
            Seed = replay.Seed,
            Result = replay.Result.ToProto(),
        };
        proto.Decisions.AddRange(replay.Decisions.Select(DecisionMapping.ToProto));
        proto.Seats.AddRange(replay.Seats.Select(ToProto));
        return proto;
    }
}
