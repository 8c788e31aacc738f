package dev.scrutiny.corpus.web;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Collects a response body up to a limit; over it, cancels the download and completes with {@link TooLarge}. */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

  /** The body went over the limit. */
  static final class TooLarge extends RuntimeException {
    TooLarge(long limit) {
      super("the response is larger than the limit of " + limit + " bytes; refused, not truncated", null, false, false);
    }
  }

  private final long limit;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private Flow.Subscription subscription;

  CappedBody(long limit) {
    this.limit = limit;
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    s.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer b : buffers) {
      if (out.size() + (long) b.remaining() > limit) {
        subscription.cancel();
        result.completeExceptionally(new TooLarge(limit));
        return;
      }
      byte[] chunk = new byte[b.remaining()];
      b.get(chunk);
      out.writeBytes(chunk);
    }
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    result.complete(out.toByteArray());
  }
}
