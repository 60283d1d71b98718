<?php
require __DIR__ . '/../src/RateLimiter.php';
