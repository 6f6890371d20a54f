using System.CommandLine;

namespace SanguoOrleans.Cli.Commands.Admin;

/// <summary><c>sanguo admin kick</c>: ends a user's live session; the connection is told it was kicked.</summary>
internal static class KickVerb
{
    public static Command Create()
    {
        var user = new Option<Guid>("--user") { Description = "The user id.", Required = true };
        var command = new Command("kick", "Ends a user's live session.") { user };
        AdminCommand.Send(command, parse => new AdminRequest(HttpMethod.Post, $"users/{parse.GetValue(user)}/kick"));
        return command;
    }
}
