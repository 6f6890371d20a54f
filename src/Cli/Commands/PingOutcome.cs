namespace SanguoOrleans.Cli.Commands;

/// <summary>The JSON line <c>sanguo ping</c> prints.</summary>
internal sealed record PingOutcome(bool Ok, double? RttMs, string? Silo, string? Error)
{
    public static PingOutcome Failed(string error) => new(false, null, null, error);
}
