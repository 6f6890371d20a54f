namespace SanguoOrleans.Cli.Commands.Admin;

/// <summary>What one admin verb asks the server, or why it cannot ask.</summary>
internal sealed record AdminRequest(HttpMethod Method, string Path, object? Body = null)
{
    /// <summary>Why the options do not make a request, checked before anything is sent.</summary>
    public string? Invalid { get; init; }

    /// <summary>The wallet operation's id, printed whatever happens so a failed call can be retried with it.</summary>
    public string? OperationId { get; init; }

    public static AdminRequest Rejected(string why) => new(HttpMethod.Get, "") { Invalid = why };
}
