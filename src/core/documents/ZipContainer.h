#pragma once
// (being written in this session)
