use rust_thread::averages;
use std::net::TcpStream;

#[test]
fn averages_with_an_empty_chunk() {
    assert_eq!(averages(vec![vec![2, 4], vec![]]), vec![3, 0]);
}

#[test]
fn publishes_averages() {
    TcpStream::connect("127.0.0.1:4222").expect("nats");
}
