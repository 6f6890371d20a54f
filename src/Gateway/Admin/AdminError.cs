namespace SanguoOrleans.Gateway.Admin;

/// <summary>The body of every refused admin request: a stable snake_case code and a sentence for people.</summary>
internal sealed record AdminError(string Code, string Message);
