using SanguoOrleans.Gateway.Mapping;
using SanguoOrleans.Grains.Interfaces;
using ErrorCode = SanguoOrleans.Protocol.ErrorCode;

namespace SanguoOrleans.Gateway.Tests.Connections;

public class ErrorCodeMappingTests
{
    [Fact]
    public void EveryGrainRefusal_MapsToTheProtocolErrorCodeOfTheSameName()
    {
        foreach (var refusal in Enum.GetValues<RefusalCode>().Where(c => c != RefusalCode.None))
        {
            var code = Refusals.ToErrorCode(refusal);

            Assert.True(Enum.IsDefined(code), $"{refusal} has no protocol error code");
            Assert.Equal(refusal.ToString(), code.ToString());
        }
    }
}
