package id.go.mpp.sinergi.gateway.domain.messagelog;

/**
 * The result of verifying the message log: whether it is whole, how many sealed entries were checked, the seq the
 * head was sealed up to, and the first break (null when whole).
 */
public record ChainVerdict(boolean ok, long checked, long sealedUpTo, ChainBreak firstBroken) {
}
