ExUnit.start(capture_log: System.get_env("CAPTURE") == "1")
