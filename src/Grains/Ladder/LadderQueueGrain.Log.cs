using Microsoft.Extensions.Logging;
using SanguoOrleans.Grains.Interfaces;

namespace SanguoOrleans.Grains.Ladder;

internal sealed partial class LadderQueueGrain
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Ladder {Ladder}: refused {Code} {Message}")]
    private static partial void LogRefused(ILogger logger, string ladder, RefusalCode code, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ladder {Ladder}: table {TableId} for {Tickets} tickets, {AiSeats} AI seats, spread {Spread:F2}")]
    private static partial void LogMatched(ILogger logger, string ladder, string tableId, int tickets, int aiSeats, double spread);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ladder {Ladder}: {Count} matched players had gone offline; the others are back in the queue")]
    private static partial void LogVanished(ILogger logger, string ladder, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ladder {Ladder}: table {TableId} could not be made ({Failure}); every ticket is back in the queue")]
    private static partial void LogTableFailed(ILogger logger, string ladder, string tableId, string failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ladder {Ladder}: a renewal put back a lost ticket of {Players} players")]
    private static partial void LogRebuilt(ILogger logger, string ladder, int players);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ladder {Ladder}: {Count} tickets dropped, their leases ran out")]
    private static partial void LogLeaseLapsed(ILogger logger, string ladder, int count);
}
