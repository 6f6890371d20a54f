using System.CommandLine;

namespace SanguoOrleans.Cli.Commands.Admin;

/// <summary><c>sanguo admin ban</c> and <c>unban</c>: whether an account may log in; a ban also ends its live session.</summary>
internal static class BanVerbs
{
    public static Command Create(bool ban)
    {
        var account = new Option<string>("--account") { Description = "The account name.", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why, for the account's record and the audit log.", Required = true };
        var command = ban
            ? new Command("ban", "Bans an account: logins are refused and the live session ends.") { account, reason }
            : new Command("unban", "Lifts an account's ban.") { account, reason };
        AdminCommand.Send(command, parse => new AdminRequest(
            HttpMethod.Post,
            $"accounts/{Uri.EscapeDataString(parse.GetValue(account)!)}/{command.Name}",
            new { Reason = parse.GetValue(reason) }));
        return command;
    }
}
