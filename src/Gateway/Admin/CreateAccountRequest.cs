namespace SanguoOrleans.Gateway.Admin;

/// <summary>The body of an operator-created account (test accounts, support cases).</summary>
internal sealed record CreateAccountRequest(string? Account, string? Password);
