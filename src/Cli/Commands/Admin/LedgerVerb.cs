using System.CommandLine;
using System.Globalization;

namespace SanguoOrleans.Cli.Commands.Admin;

/// <summary><c>sanguo admin ledger</c>: a user's newest wallet operations, newest first.</summary>
internal static class LedgerVerb
{
    public static Command Create()
    {
        var user = new Option<Guid>("--user") { Description = "The user id.", Required = true };
        var limit = new Option<int>("--limit") { Description = "How many entries, 1 to 1000.", DefaultValueFactory = _ => 20 };
        var command = new Command("ledger", "Shows a user's ledger, newest first.") { user, limit };
        AdminCommand.Send(command, parse => new AdminRequest(
            HttpMethod.Get,
            $"users/{parse.GetValue(user)}/ledger?limit={parse.GetValue(limit).ToString(CultureInfo.InvariantCulture)}"));
        return command;
    }
}
