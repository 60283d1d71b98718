package app;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.codec.string.StringDecoder;
import io.netty.handler.codec.string.StringEncoder;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A small RESP client on netty: the commands the feature-flag store needs. */
public final class RespClient implements AutoCloseable {
    public static final int DEFAULT_PORT = 6379;

    private final EventLoopGroup group = new NioEventLoopGroup(1);
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
    private final Channel channel;

    public RespClient(String host, int port) throws InterruptedException {
        Bootstrap bootstrap = new Bootstrap().group(group).channel(NioSocketChannel.class)
            .handler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(SocketChannel ch) {
                    ch.pipeline().addLast(new LineBasedFrameDecoder(4096), new StringDecoder(StandardCharsets.UTF_8),
                        new StringEncoder(StandardCharsets.UTF_8), new SimpleChannelInboundHandler<String>() {
                            @Override
                            protected void channelRead0(ChannelHandlerContext ctx, String line) {
                                replies.add(line);
                            }
                        });
                }
            });
        try {
            channel = bootstrap.connect(new InetSocketAddress(host, DEFAULT_PORT)).sync().channel();
        } catch (InterruptedException | RuntimeException e) {
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            throw e;
        }
    }

    public String call(String... args) throws InterruptedException {
        StringBuilder out = new StringBuilder("*").append(args.length).append("\r\n");
        for (String arg : args) {
            out.append('$').append(arg.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(arg).append("\r\n");
        }
        channel.writeAndFlush(out.toString());
        String reply = replies.poll(2, TimeUnit.SECONDS);
        if (reply == null) throw new IllegalStateException("no reply to " + args[0]);
        return reply;
    }

    @Override
    public void close() {
        channel.close();
        group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
    }
}
