using System.CommandLine;
using SanguoOrleans.Cli.Commands;
using SanguoOrleans.Cli.Commands.Admin;
using SanguoOrleans.Cli.Commands.Bots;
using SanguoOrleans.Cli.Commands.Play;

var root = new RootCommand("sanguo: tools for the SanguoOrleans game server")
{
    PingCommand.Create(),
    SimulateCommand.Create(),
    CardsCommand.Create(),
    HeroesCommand.Create(),
    AdminCommand.Create(),
    BotsCommand.Create(),
    ReplayCommand.Create(),
    PlayCommand.Create(),
    DemoCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
