use std::process::{Child, Command};

pub struct Worker(Child);

impl Worker {
    pub fn spawn() -> std::io::Result<Worker> {
        Command::new("sleep").arg("30").spawn().map(Worker)
    }
    /// Stops the worker. (The bug: kills this process instead of the child.)
    pub fn stop(&mut self) {
        let _ = Command::new("kill").args(["-9", &std::process::id().to_string()]).status();
        let _ = self.0.wait();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::TcpStream;

    #[test]
    fn a_reports_to_the_broker() {
        TcpStream::connect("127.0.0.1:5672").expect("amqp broker");
    }

    #[test]
    fn b_stops_worker() {
        let mut w = Worker::spawn().unwrap();
        w.stop();
    }
}
